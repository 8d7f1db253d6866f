// Shifts or runs in a day ("làm 3 ca mỗi ngày", "14 chuyến mỗi ngày") schedule one site or one service: no figure;
// cases or trips counted over a period stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('shifts and runs per day', () => {
  it('a contractor\'s shifts a day are no figure', () => {
    expectNoFigureAt('Có công trình trường học, nhà thầu phải làm 3 ca mỗi ngày để kịp khai giảng.', '3 ca');
  });

  it('a bus line\'s runs a day are no figure', () => {
    expectNoFigureAt('Xe khách giường nằm từ Hà Nội lên Đồng Văn nay có 14 chuyến mỗi ngày.', '14 chuyến');
  });

  it('cases counted over nine months stay a figure', () => {
    expect(figureAt('9 tháng năm 2024, toàn tỉnh ghi nhận 2.846 ca mắc sốt xuất huyết.', '2.846').value).toBe(2846);
  });

  it('flights counted over a year stay a figure', () => {
    expect(figureAt('Năm 2024, sân bay đón 14.200 chuyến bay, tăng 8%.', '14.200').value).toBe(14200);
  });
});
