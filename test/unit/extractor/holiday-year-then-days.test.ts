// "trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026 (từ ngày 14-22/2), thành phố đón hơn 523 nghìn lượt khách": the
// holiday's year then its days in brackets; the year is no figure for the days to date, so the stretch dates the
// sentence (its month), even after a base opening the sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-02-22' };

describe('a holiday named with its year, then its days in brackets', () => {
  it('after "So với cùng kỳ năm ngoái," the days still date the sentence', () => {
    const text = 'So với cùng kỳ năm ngoái, trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026 (từ ngày 14-22/2), thành phố đón hơn 410 nghìn lượt khách, tăng 38%.';
    expect(figureAt(text, '410 nghìn', OPTS).period).toBe('2026-M02');
    expect(figureAt(text, '38%', OPTS).period).toBe('2026-M02');
  });

  it('a figure\'s year in brackets still dates that figure only', () => {
    const text = 'Năm 2025, tỉnh đón 5,2 triệu lượt khách, tăng 12% (năm 2024 tăng 8%).';
    expect(figureAt(text, '8%', { published: '2026-01-05' }).period).toBe('2024');
    expect(figureAt(text, '12%', { published: '2026-01-05' }).period).toBe('2025');
  });
});
