// "so với Tết Ất Tỵ 2025", "gấp 1,4 lần Tết năm trước": the same holiday a year earlier is the same period; a plain
// year after "so với" is still that year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday as the base', () => {
  it('the holiday named by its year is the same period', () => {
    const text = 'Lượt khách ước đạt 1,12 triệu lượt, tăng 21,5% so với Tết Ất Tỵ 2025.';
    expect(figureAt(text, '21,5%').base).toBe('same_period');
  });

  it('"Tết năm trước" right after a multiple is the same period', () => {
    const text = 'Khu vực Ninh Thuận cũ thu 312 tỷ đồng từ du lịch, gấp 1,4 lần Tết năm trước.';
    expect(figureAt(text, '1,4 lần').base).toBe('same_period');
  });

  it('a plain year stays a year', () => {
    const text = 'Dịp Tết, tỉnh đón 50.000 lượt khách, tăng 12% so với năm 2025.';
    expect(figureAt(text, '12%').base).toBe('2025');
  });
});
