// "… hợp nhất thành xã Đồng Đăng, với diện tích 98 km2 và dân số khoảng 28.000 người": a place's territory in square
// kilometres is no area sown; crops are counted in hectares, which still read as crop area.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-11' };

describe('an area in square kilometres', () => {
  it('is no crop area', () => {
    const text = 'Từ ngày 1/7/2025, các xã Hồng Phong, Phú Xá hợp nhất thành xã Đồng Đăng, với diện tích 98 km2 và dân số khoảng 28.000 người.';
    expect(figureAt(text, '98 km2', opts).indicator).toBeUndefined();
  });

  it('hectares sown still are', () => {
    const text = 'Vụ Xuân 2025, xã gieo trồng 1.250 ha, đạt 101% kế hoạch.';
    expect(figureAt(text, '1.250 ha', opts).indicator).toBe('crop_area');
  });
});
