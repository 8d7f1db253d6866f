// "tăng 23% so với mùa hè năm 2022" on a page about the summer of 2023, "so với mùa du lịch hè năm trước", "so với mùa lễ
// hội năm 2023": a tourist or festival season a year earlier is the same period, as a climate or crop season is; one
// further back stays its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-09-05' };

describe('a tourist season a year earlier', () => {
  it('named with the year before', () => {
    const text = 'Mùa du lịch hè năm 2023, tỉnh đón 2,4 triệu lượt khách, tăng 18% so với mùa hè năm 2022.';
    expect(figureAt(text, '18%', opts).base).toBe('same_period');
  });

  it('named as last year\'s', () => {
    const text = 'Mùa du lịch hè năm 2023, doanh thu du lịch đạt 5.200 tỷ đồng, tăng 21% so với mùa du lịch hè năm trước.';
    expect(figureAt(text, '21%', opts).base).toBe('same_period');
  });

  it('a season further back stays its year', () => {
    const text = 'Mùa du lịch hè năm 2023, tỉnh đón 2,4 triệu lượt khách, gấp đôi so với mùa hè năm 2019, tăng 35% so với mùa hè năm 2021.';
    expect(figureAt(text, '35%', opts).base).toBe('2021');
  });
});
