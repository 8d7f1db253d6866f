// Statistics offices compare a month with the month before and with "cùng tháng năm trước", the same month a year
// earlier: the second is the same period, not the month before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thống kê tỉnh Gia Lai\n\nTình hình kinh tế tháng 10 năm 2026\n\n';

describe('"so với cùng tháng năm trước"', () => {
  it('the same month a year earlier is the same period', () => {
    const text = `${HEAD}CPI tháng 10/2026 tăng 0,38% so với tháng trước, tăng 3,12% so với cùng tháng năm trước.`;
    expect(figureAt(text, '3,12%').base).toBe('same_period');
  });

  it('the month before stays the previous period', () => {
    const text = `${HEAD}CPI tháng 10/2026 tăng 0,38% so với tháng trước, tăng 3,12% so với cùng tháng năm trước.`;
    expect(figureAt(text, '0,38%').base).toBe('previous_period');
  });
});
