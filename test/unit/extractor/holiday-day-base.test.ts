// "So với ngày thứ 4 của kỳ nghỉ lễ 30/4-1/5/2024 giảm 34 vụ" (a real holiday traffic tally): one day of a holiday is
// compared with the same day of the one a year before, the same period; the holiday's days may carry its year. A day
// of a holiday that names no year ("so với ngày thứ 3") is no such base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-05-04' };

describe('a day of last year\'s holiday as the base', () => {
  it('is the same period, its year glued to its days', () => {
    const text = 'Tai nạn dịp lễ\n\nNgày thứ 4 của kỳ nghỉ lễ, toàn quốc xảy ra 48 vụ tai nạn giao thông. So với ngày thứ 4 của kỳ nghỉ lễ 30/4-1/5/2024 giảm 31 vụ.';
    expect(figureAt(text, '31 vụ', OPTS).base).toBe('same_period');
  });

  it('"cùng ngày của dịp Tết năm trước" too', () => {
    const text = 'Tai nạn dịp Tết\n\nToàn quốc xảy ra 50 vụ tai nạn giao thông, giảm 41 vụ so với cùng ngày của dịp Tết năm trước.';
    expect(figureAt(text, '41 vụ', { published: '2025-01-31' }).base).toBe('same_period');
  });
});

describe('a day that names no year', () => {
  it('is no base of the same period', () => {
    const text = 'Tai nạn dịp lễ\n\nNgày thứ 4 của kỳ nghỉ lễ, toàn quốc xảy ra 48 vụ tai nạn giao thông, giảm 6 vụ so với ngày thứ 3.';
    expect(figureAt(text, '6 vụ', OPTS).base).not.toBe('same_period');
  });
});
