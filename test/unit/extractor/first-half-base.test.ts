// "so với 6 tháng đầu năm" without a year, in a report on the second half, is the half just before: previous_period.
// With its year ("so với 6 tháng đầu năm 2024") it stays the same half a year earlier.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change against the first half of the year', () => {
  it('is against the previous period when no year is named', () => {
    const text = 'Trong 6 tháng cuối năm 2025, tỷ lệ tham gia bảo hiểm y tế đạt 94,6%, tăng 1,2 điểm phần trăm so với 6 tháng đầu năm.';
    expect(figureAt(text, '1,2 điểm phần trăm').base).toBe('previous_period');
  });

  it('is the same period when the year is named', () => {
    const text = '6 tháng đầu năm 2025, chỉ số sản xuất công nghiệp tăng 9% so với 6 tháng đầu năm 2024.';
    expect(figureAt(text, '9%').base).toBe('same_period');
  });
});
