// A holiday compared with itself a year earlier ("so với dịp lễ năm 2024", a list heading "(so với Tết Quý Mão 2023):")
// is the same period; a plain year after "so với" is still a year base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday of an earlier year as the base', () => {
  it('a rise over last year\'s holiday is against the same period, not the year', () => {
    const text = 'Trong 4 ngày nghỉ lễ, thành phố đón 182.400 lượt khách, tăng 20,6% so với dịp lễ năm 2024.';
    expect(figureAt(text, '20,6%').base).toBe('same_period');
  });

  it('a list heading naming last year\'s Tết gives its signed lines that base', () => {
    const text = 'Kết quả phục vụ khách dịp Tết (so với Tết Quý Mão 2023):\nTổng lượt khách: 686.000 (+21%)\nKhách quốc tế: 52.400 (+48%)';
    expect(figureAt(text, '21%').base).toBe('same_period');
    expect(figureAt(text, '48%').base).toBe('same_period');
  });

  it('a plain year after "so với" stays a year base', () => {
    const text = 'Năm 2025, doanh thu du lịch đạt 4.150 tỷ đồng, tăng 12% so với năm 2024.';
    expect(figureAt(text, '12%').base).toBe('2024');
  });
});
