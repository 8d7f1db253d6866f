// Sea, air and coach routes are named after the places they join: "các tuyến tàu cao tốc Cửa Đại - Cù Lao Chàm, Sa Kỳ -
// Lý Sơn", "đường bay Cần Thơ - Phú Quốc", "chặng Hà Nội - Sa Pa". None of those ends, nor the first end of the next pair
// in a list of routes, is the place the figures belong to. A place named as a subject in the next sentence still is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-04', locality: 'tỉnh Quảng Ngãi' };

describe('the ends of a sea route', () => {
  it('are no place of the route\'s figures, in a list of routes too', () => {
    const text = 'Tỉnh Quảng Ngãi đón 1,4 triệu lượt khách. Các tuyến tàu khách Sa Kỳ - Lý Sơn, Đức Phổ - Lý Sơn vận chuyển 286.000 lượt hành khách.';
    expect(figureAt(text, '286.000', opts).locality).toBe('tỉnh Quảng Ngãi');
    const air = 'Tỉnh Quảng Ngãi đón 1,4 triệu lượt khách. Đường bay Hà Nội - Chu Lai phục vụ 98.000 lượt hành khách.';
    expect(figureAt(air, '98.000', opts).locality).toBe('tỉnh Quảng Ngãi');
  });

  it('leave a place that is the subject of its own sentence', () => {
    const text = 'Tuyến tàu Sa Kỳ - Lý Sơn chạy 12 chuyến mỗi ngày. Huyện Lý Sơn đón 210.000 lượt khách.';
    expect(figureAt(text, '210.000', opts).locality).toBe('huyện Lý Sơn');
  });
});
