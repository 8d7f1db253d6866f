// "Chỉ số sản xuất công nghiệp tháng 9 của tỉnh tăng 8,2%": a month, then whose figure it is, dates the figure as
// "tháng 9 tăng …" and "9 tháng của tỉnh …" do.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const published = '2024-10-15';

describe('a month followed by whose it is', () => {
  it('dates an index of the province by its month', () => {
    expect(figureAt('Chỉ số sản xuất công nghiệp tháng 9 của tỉnh tăng 8,2% so với cùng kỳ.', '8,2%', { published }).period).toBe('2024-M09');
  });

  it('dates money of a district by its month', () => {
    expect(figureAt('Tổng mức bán lẻ tháng 8 của huyện đạt 1.200 tỷ đồng.', '1.200', { published }).period).toBe('2024-M08');
  });

  it('a year named before, with no month, stays the year', () => {
    expect(figureAt('Năm 2024, doanh thu du lịch của tỉnh đạt 900 tỷ đồng.', '900', { published }).period).toBe('2024');
  });
});
