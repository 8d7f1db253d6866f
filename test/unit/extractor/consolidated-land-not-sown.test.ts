// "tổng diện tích dồn điền đổi thửa, tích tụ toàn tỉnh đạt trên 6.336 ha": land consolidated into larger plots is no
// sown area; the bare "diện tích" must not read as one there.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-20' };

describe('consolidated land is not sown area', () => {
  it('"diện tích dồn điền đổi thửa" has no crop area', () => {
    const text = 'Đến nay, tổng diện tích dồn điền đổi thửa toàn huyện đạt trên 2.140 ha, tăng 380 ha so với năm 2023.';
    expect(figureAt(text, '2.140 ha', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '380 ha', OPTS).indicator).toBeUndefined();
  });

  it('"diện tích tích tụ ruộng đất" neither', () => {
    const text = 'Năm 2024, diện tích tích tụ, tập trung ruộng đất của tỉnh đạt 1.250 ha.';
    expect(figureAt(text, '1.250 ha', OPTS).indicator).toBeUndefined();
  });

  it('the sown area of the season stays a crop area', () => {
    const text = 'Vụ đông xuân 2024 - 2025, toàn huyện gieo cấy được 8.420 ha lúa.';
    expect(figureAt(text, '8.420 ha', OPTS).indicator).toBe('crop_area');
  });
});
