// Herds and other stocks are compared "so với cùng thời điểm năm trước", the same date a year earlier: the same period.
// The start of this year ("so với thời điểm đầu năm") stays the end of the year before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stock against the same moment a year earlier', () => {
  it('the herd\'s rise over the same moment last year is against the same period', () => {
    const text = 'Tháng 10/2026, tổng đàn bò ước đạt 148.200 con, tăng 3,1% so với cùng thời điểm năm trước.';
    expect(figureAt(text, '3,1%').base).toBe('same_period');
  });

  it('a rise over the start of the year is not the same period', () => {
    const text = 'Tháng 10/2026, tổng đàn lợn tăng 2% so với thời điểm đầu năm.';
    expect(figureAt(text, '2%').base).not.toBe('same_period');
  });
});
