// In a report on the first half of 2026, "Theo kết quả rà soát cuối năm 2025, … có 19.870 hộ nghèo. Trong 6 tháng, có
// 2.140 hộ thoát nghèo": the months after a year's end named for a count are the report's year, not the year that
// ended. A year named plainly before them still lends its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = '6 tháng đầu năm 2026: huyện giảm nghèo đạt khá\n\nTrong 6 tháng đầu năm 2026, công tác giảm nghèo của huyện đạt nhiều kết quả.\n\n';
const opts = { published: '2026-07-12' };

describe('months after a year-end count', () => {
  it('take the report\'s year', () => {
    const text = `${lead}Theo kết quả rà soát cuối năm 2025, huyện có 1.240 hộ nghèo. Trong 6 tháng, có 186 hộ thoát nghèo.`;
    expect(figureAt(text, '1.240', opts).period).toBe('2025');
    expect(figureAt(text, '186', opts).period).toBe('2026-H1');
  });

  it('keep a plain year named before them', () => {
    const text = `${lead}Năm 2025, huyện có 1.240 hộ nghèo; trong 6 tháng đầu năm, có 186 hộ thoát nghèo.`;
    expect(figureAt(text, '186', opts).period).toBe('2025-H1');
  });
});
