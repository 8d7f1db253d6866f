// A port authority is named after the port city it sits in ("Cảng vụ Hàng hải Vũng Tàu"), but what it reports is the
// province's ports: the name is no place of the figures. A city named as the subject still owns its figure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe("a port authority's name", () => {
  it('does not make the city its name holds the place of the figures', () => {
    const text = 'Theo Cảng vụ Hàng hải Vũng Tàu, 11 tháng năm 2024, hàng hóa thông qua các cảng biển trên địa bàn tỉnh Bà Rịa - Vũng Tàu đạt 107,2 triệu tấn.';
    expect(figureAt(text, '107,2 triệu tấn').locality).toBe('tỉnh Bà Rịa - Vũng Tàu');
  });

  it('the city named as a subject still owns its figure', () => {
    const text = 'Năm 2024, thành phố Vũng Tàu đón 11,2 triệu lượt khách du lịch.';
    expect(figureAt(text, '11,2 triệu').locality).toBe('thành phố Vũng Tàu');
  });
});
