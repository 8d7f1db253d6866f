// A labour index counted at a date is compared with the same date a month before ("so với cùng thời điểm tháng
// trước": the previous period) or a year before ("… năm trước": the same period).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the same moment of the month or the year before', () => {
  it('reads the same moment last month as the previous period', () => {
    const text = 'Chỉ số sử dụng lao động tại thời điểm 1/6/2025 tăng 0,6% so với cùng thời điểm tháng trước.';
    expect(figureAt(text, '0,6%').base).toBe('previous_period');
  });

  it('keeps the same moment last year as the same period', () => {
    const text = 'Chỉ số sử dụng lao động tại thời điểm 1/6/2025 tăng 2,4% so với cùng thời điểm năm trước.';
    expect(figureAt(text, '2,4%').base).toBe('same_period');
  });
});
