// "Sáu tháng đầu năm 2025, huyện có 28/41 chỉ tiêu đạt …, tăng 11 chỉ tiêu so với quý I/2025": an earlier quarter of the
// same year, inside the months summed so far, is an earlier stretch (previous_period), not the same one a year before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-05' };

describe('an earlier quarter of the same year as base', () => {
  it('for a half-year', () => {
    const text = 'Sáu tháng đầu năm 2025, tỉnh có 30/41 chỉ tiêu đạt tiến độ, tăng 9 chỉ tiêu so với quý I/2025.';
    expect(figureAt(text, '9 chỉ tiêu', opts).base).toBe('previous_period');
  });

  it('the same quarter a year before stays the same period', () => {
    const text = 'Chín tháng năm 2025, thu ngân sách đạt 4.120 tỷ đồng, tăng 12% so với 9 tháng năm 2024.';
    expect(figureAt(text, '12%', opts).base).toBe('same_period');
  });
});
