// "Năng suất đạt khoảng 6 tấn/ha, cao hơn cùng vụ năm ngoái gần 0,5 tấn/ha": the same season a year before, named
// without "so với", is the same period, as "cùng kỳ" is.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('"hơn cùng vụ (năm ngoái)"', () => {
  it('is against the same period', () => {
    expectFigure('Năng suất lúa Hè Thu đạt khoảng 6 tấn/ha, cao hơn cùng vụ năm ngoái gần 0,5 tấn/ha.', '0,5 tấn/ha', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
  });
  it('a season named with "vụ trước" stays the season before', () => {
    expectFigure('Giá lúa Hè Thu cao hơn vụ trước khoảng 500 đồng/kg.', '500 đồng/kg', { base: 'previous_period' }, opts);
  });
});
