// "huyện Hương Khê … thu nhập bình quân đầu người mới đạt 41,2 triệu đồng/năm, thấp hơn bình quân toàn tỉnh 11,4 triệu
// đồng": money straight after a yardstick, right after the figure's own value, is how far the district stands below the
// province: a change down, the district's, not a level of the province. Found by holdout86/005 (Báo Hà Tĩnh).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('money gap after own value', () => {
  it('reads the amount after the yardstick as the gap from it', () => {
    const text = 'Tỉnh Quảng Bình\n\nNăm 2024, huyện Minh Hóa có thu nhập bình quân đầu người đạt 38,5 triệu đồng/năm, thấp hơn bình quân toàn tỉnh 14,2 triệu đồng.\n';
    const gap = figureAt(text, '14,2 triệu đồng', opts);
    expect([gap.kind, gap.direction, gap.locality]).toEqual(['change', 'down', 'huyện Minh Hóa']);
  });
  it('leaves the yardstick its own amount when the clause gave no value before it', () => {
    const text = 'Tỉnh Quảng Bình\n\nNăm 2024, thu nhập bình quân đầu người của huyện Minh Hóa còn thấp hơn bình quân toàn tỉnh (52,7 triệu đồng).\n';
    const yardstick = figureAt(text, '52,7 triệu đồng', opts);
    expect([yardstick.kind, yardstick.direction]).toEqual(['level', undefined]);
  });
});
