// "phấn đấu đến ngày 30/9 giải ngân đạt 60%, đến cuối năm 2024 đạt 95%": a year that opens the next item after a comma,
// with its own figure, does not make the target before it the whole year's; a year right after the target's own noun
// ("hoàn thành 26 chỉ tiêu kinh tế - xã hội năm 2024") still does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-05', locality: 'tỉnh Quảng Bình' };

describe('a year opening the next item', () => {
  it('leaves the target before it at its cut-off', () => {
    const text = 'Tỉnh phấn đấu đến ngày 30/9 giải ngân đạt 60%, đến cuối năm 2024 đạt 95% kế hoạch vốn.';
    expect(figureAt(text, '60%', OPTS).period).toBe('2024-9M');
  });

  it('a year after the target\'s own noun makes it the year\'s', () => {
    const text = 'Quý IV, tỉnh phấn đấu hoàn thành 26 chỉ tiêu kinh tế - xã hội năm 2024.';
    expect(figureAt(text, '26', { published: '2024-10-05' }).period).toBe('2024');
  });
});
