// "tăng 12% so với tổng thu của hai tỉnh An Giang và Kiên Giang cùng kỳ năm 2025": after the 2025 merger the same
// period is often named as the old units' sum, with words between "so với" and "cùng kỳ". Found probing post-merger
// reports (holdout15 session).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-04-05' };

describe('"so với … cùng kỳ" with words between', () => {
  it('is the same period', () => {
    const text = 'Quý I/2026, thu ngân sách đạt 5.200 tỷ đồng, tăng 12% so với tổng thu của hai tỉnh An Giang và Kiên Giang cùng kỳ năm 2025.';
    expect(figureAt(text, '12%', opts).base).toBe('same_period');
  });
  it('a plan named first is still the base', () => {
    const text = 'Quý I/2026, thu ngân sách tăng 12% so với kế hoạch đề ra và cao hơn cùng kỳ.';
    expect(figureAt(text, '12%', opts).base).toBe('target');
  });
  it('does not reach past a comma', () => {
    const text = 'Quý I/2026, thu ngân sách vượt 12% so với dự toán, cao hơn cùng kỳ.';
    expect(figureAt(text, '12%', opts).base).toBe('target');
  });
});
