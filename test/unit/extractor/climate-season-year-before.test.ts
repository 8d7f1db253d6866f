// "giảm 65% so với mùa khô năm 2023" on a 2024 page: a climate season (dry, rainy, flood) a year before the figure's is
// the same period, as a crop season a year before is; a season further back is measured against its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-05-20' };
const page = (year: string) => `Hạn mặn giảm mạnh\n\nNăm 2024, toàn tỉnh có 1.200 ha lúa bị ảnh hưởng do hạn, giảm 65% so với mùa khô năm ${year}.`;

describe('a change against a climate season', () => {
  it('a year before is against the same period', () => {
    expect(figureAt(page('2023'), '65%', OPTS).base).toBe('same_period');
  });

  it('further back is against its year', () => {
    expect(figureAt(page('2020'), '65%', OPTS).base).toBe('2020');
  });
});
