// "phấn đấu đến ngày 30-9 giải ngân đạt 60%, đến cuối năm 2024 đạt 95%": the end of a year is the whole year, not a bare
// year standing for the cut-off named earlier in the sentence. A bare year after a cut-off of the same year still does
// ("Đến ngày 31/10/2024, vốn đầu tư công năm 2024 đã giải ngân …" is the ten months).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-05', locality: 'tỉnh Quảng Bình' };

describe('the end of a year after a cut-off', () => {
  it('is the whole year', () => {
    const text = 'Tỉnh phấn đấu đến ngày 30/9/2024 giải ngân đạt 65%, đến cuối năm 2024 đạt 98% kế hoạch vốn.';
    expect(figureAt(text, '98%', OPTS).period).toBe('2024');
  });

  it('a bare year still stands for the cut-off', () => {
    const text = 'Đến ngày 31/10/2024, vốn đầu tư công năm 2024 đã giải ngân 5.120 tỷ đồng.';
    expect(figureAt(text, '5.120 tỷ đồng', { published: '2024-11-05' }).period).toBe('2024-10M');
  });
});
