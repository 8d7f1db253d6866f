// "Lũy kế hết tháng 10, kim ngạch xuất khẩu đạt 391 tỉ USD": a sum called cumulative to the end of a month runs over
// the months elapsed, with or without "đến" before "hết". The month alone stays the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-07' };

describe('cumulative to the end of a month', () => {
  it('"Lũy kế hết tháng 10" sums ten months', () => {
    const text = 'Lũy kế hết tháng 10, kim ngạch xuất khẩu đạt 391 tỉ USD, tăng 16,2% so với cùng kỳ năm 2024.';
    expect(figureAt(text, '391 tỉ USD', OPTS)).toMatchObject({ indicator: 'export_value', period: '2025-10M' });
    expect(figureAt(text, '16,2%', OPTS).period).toBe('2025-10M');
  });

  it('"trong tháng 10" is the month', () => {
    const text = 'Trong tháng 10, xuất khẩu hàng hóa cả nước đạt hơn 42 tỉ USD.';
    expect(figureAt(text, '42 tỉ USD', OPTS).period).toBe('2025-M10');
  });
});
