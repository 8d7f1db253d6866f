// "Vụ lúa Hè Thu 2024, huyện xuống giống 6.200 ha, giảm 300 ha do chuyển sang trồng sầu riêng và bưởi; năng suất 58 tạ/ha,
// sản lượng 35.960 tấn": the crops land was turned over to are no subject of the output after them, which stays the
// rice's; a crop named as the sentence's own subject still owns its output.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-09-05' };

describe('crops named as what land was converted to', () => {
  it('leave a bare output to the rice the sentence sows', () => {
    const text = 'Vụ lúa Hè Thu 2024, huyện xuống giống 6.200 ha, giảm 300 ha do nông dân chuyển sang trồng sầu riêng và bưởi; năng suất bình quân 58 tạ/ha, sản lượng 35.960 tấn.';
    expect(figureAt(text, '35.960', opts).indicator).toBe('rice_output');
  });

  it('do not stop a crop named as the subject from owning its output', () => {
    const text = 'Toàn huyện có 6.200 ha lúa chuyển sang trồng cây ăn trái; riêng diện tích ngô 1.100 ha, sản lượng 6.600 tấn.';
    expect(figureAt(text, '6.600', opts).indicator).toBeUndefined();
  });
});
