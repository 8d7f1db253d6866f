// "Giá thịt heo hơi … tăng khoảng 3.000 đồng/kg so với cuối tháng 10" on a November page, "so với cuối tháng trước":
// against the end of the month before, the previous period, as "so với đầu tháng" is against the start of this one. The
// end of December named with its year is that year ("so với cuối tháng 12/2023", "so với tháng 12 năm trước").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-29' };

describe('a base at the end of the month before', () => {
  it('"so với cuối tháng 10" is the previous period', () => {
    const text = 'Giá thịt heo hơi trên địa bàn dao động 60.000 - 64.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với cuối tháng 10.';
    expect(figureAt(text, '3.000', opts).base).toBe('previous_period');
  });

  it('"so với cuối tháng trước" too', () => {
    const text = 'Giá gạo thường giảm 500 đồng/kg so với cuối tháng trước.';
    expect(figureAt(text, '500', opts).base).toBe('previous_period');
  });

  it('the end of December with its year stays that year', () => {
    const text = 'CPI tháng 11/2025 tăng 3,12% so với cuối tháng 12/2024.';
    expect(figureAt(text, '3,12%', opts).base).toBe('2024');
  });
});
