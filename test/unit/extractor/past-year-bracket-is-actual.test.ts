// "GRDP bình quân đầu người ước đạt 62,5 triệu đồng (năm 2020 đạt 38,2 triệu đồng)": a past year that opens a bracket
// gives the value that year had; the estimate of the clause is not its. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-16' };

describe('a figure inside a bracket that opens on a past year', () => {
  it('is that year\'s actual value, not the clause\'s estimate', () => {
    const f = figureAt('Năm 2025, GRDP bình quân đầu người ước đạt 62,5 triệu đồng (năm 2020 đạt 38,2 triệu đồng).', '38,2 triệu', opts);
    expect([f.period, f.modality]).toEqual(['2020', 'actual']);
  });

  it('a bracket on the year still running keeps the clause\'s estimate', () => {
    const f = figureAt('Thu ngân sách ước đạt 25.500 tỷ đồng (năm 2025 ước tăng 9,2%).', '9,2%', opts);
    expect(f.modality).toBe('estimate');
  });
});
