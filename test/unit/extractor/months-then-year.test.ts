// "Đồng Tháp 6 tháng 2026", "TP. Hồ Chí Minh: 9 tháng 2025": headlines write the months then the year, with no "năm"
// or "đầu năm" between. Pattern found probing post-merger headlines (holdout15 session).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"N tháng YYYY"', () => {
  it('"6 tháng 2026" is the first half of 2026', () => {
    const text = 'Đồng Tháp 6 tháng 2026\n\nTổng thu ngân sách đạt 9.000 tỷ đồng.';
    expect(figureAt(text, '9.000', { published: '2026-07-05' }).period).toBe('2026-H1');
  });
  it('"9 tháng 2025" is nine months of 2025', () => {
    const text = 'TP. Hồ Chí Minh: 9 tháng 2025\n\nThu ngân sách đạt 450.000 tỷ đồng.';
    expect(figureAt(text, '450.000', { published: '2025-10-05' }).period).toBe('2025-9M');
  });
  it('a year that opens a range is no year of the months', () => {
    const text = 'Kế hoạch 6 tháng 2025 - 2026\n\nTổng thu ngân sách đạt 9.000 tỷ đồng.';
    expect(figureAt(text, '9.000', { published: '2026-07-05' }).period).not.toBe('2025-H1');
  });
});
