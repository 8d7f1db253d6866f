// "giảm 38% so với mùa khô năm trước": a climate season a year earlier is the same period, as a crop season a year
// earlier is; a season further back named by its year stays that year.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-04-18', locality: 'tỉnh Bến Tre' };

describe('a change against the climate season a year earlier', () => {
  it('is against the same period', () => {
    expectFigure('Mùa khô 2023 - 2024, khoảng 3.100 hộ thiếu nước sinh hoạt, giảm 42% so với mùa khô năm trước.', '42%', { kind: 'change', direction: 'down', base: 'same_period' }, opts);
  });

  it('a season further back keeps its year', () => {
    expectFigure('Mùa khô 2023 - 2024, diện tích lúa bị ảnh hưởng giảm 60% so với mùa khô năm 2020.', '60%', { kind: 'change', base: '2020' }, opts);
  });
});
