// "CPI tháng 12/2025 tăng 0,41% …; CPI bình quân năm 2025 tăng 3,1%": a year's average named after a month of the same
// year is the year's. A bare year after a cut-off month ("đến ngày 31/10/2025, vốn đầu tư công năm 2025 …") still
// leaves the figure to that cut-off.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-07' };

describe('"bình quân năm 2025" after "tháng 12/2025" in one sentence', () => {
  it('dates its figure to the year', () => {
    const text = 'CPI tháng 12/2025 tăng 0,41% so với tháng trước; CPI bình quân năm 2025 tăng 3,1% so với năm 2024.';
    expect(figureAt(text, '3,1%', opts).period).toBe('2025');
    expect(figureAt(text, '0,41%', opts).period).toBe('2025-M12');
  });
});

describe('a plain year after a month of the same year', () => {
  it('still leaves the figure to the month', () => {
    const text = 'Trong tháng 12/2025, thu ngân sách năm 2025 của tỉnh đạt 1.250 tỷ đồng.';
    expect(figureAt(text, '1.250 tỷ đồng', opts).period).toBe('2025-M12');
  });
});
