// "trên đặc khu" after "Đặc khu Phú Quốc …": a province holds one or two special zones, so the word alone is the one
// spoken of, as "huyện" alone is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"đặc khu" without a name', () => {
  it('is the special zone named before', () => {
    const text = 'Du lịch An Giang 6 tháng năm 2026\n\nĐặc khu Phú Quốc đón 4,9 triệu lượt khách, chiếm gần 90% lượng khách quốc tế của cả tỉnh. Công suất buồng phòng của các cơ sở lưu trú trên đặc khu đạt 68%.';
    expect(figureAt(text, '68%').locality).toBe('đặc khu Phú Quốc');
  });

  it('counted ("các đặc khu") names none of them', () => {
    const text = 'Du lịch Quảng Ninh 6 tháng năm 2026\n\nĐặc khu Vân Đồn đón 1,1 triệu lượt khách. Tỉnh Quảng Ninh có 2 đặc khu; các đặc khu đón tổng cộng 1,9 triệu lượt khách.';
    expect(figureAt(text, '1,9 triệu lượt khách').locality).toBe('tỉnh Quảng Ninh');
  });
});
