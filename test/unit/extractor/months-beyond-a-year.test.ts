// "thời gian thi công 30 tháng" is how long works last: a count of months past twelve names no period of a report,
// while "12 tháng năm 2024" still sums the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a count of months longer than a year', () => {
  it('a bridge built in 30 months leaves its cost dated by the report, not by the months', () => {
    const text = 'Tháng 9/2025, tỉnh khởi công cầu mới với tổng mức đầu tư 1.250 tỷ đồng, thời gian thi công 30 tháng.';
    expect(figureAt(text, '1.250 tỷ đồng').period).not.toMatch(/30M/);
    expect(figureAt(text, '1.250 tỷ đồng').period).toBe('2025-M09');
  });

  it('twelve months of a year are that year', () => {
    const text = '12 tháng năm 2024, toàn tỉnh thu ngân sách 9.400 tỷ đồng.';
    expect(figureAt(text, '9.400 tỷ đồng').period).toBe('2024');
  });
});
