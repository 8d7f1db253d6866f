// A size grade written as a range ("cá tra loại 1 (cỡ 0,8 - 1 kg/con)", "tôm cỡ 30 - 40 con/kg") describes the goods,
// as "cỡ 100 con/kg" already did: its upper end, which carries the unit, is no figure either. A range after a verb is
// still one figure. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-09-14' };

describe('the upper end of a qualifier\'s range', () => {
  it('is no figure after "cỡ"', () => {
    const text = 'Cá tra nguyên liệu loại 1 (cỡ 0,8 - 1 kg/con) được thu mua với giá 27.500 đồng/kg.';
    expectNoFigureAt(text, '1 kg/con', opts);
    expectFigure(text, '27.500 đồng/kg', { kind: 'level', unit: 'VND/kg' }, opts);
    expectNoFigureAt('Tôm thẻ cỡ 30 - 40 con/kg được thương lái mua 150.000 đồng/kg.', '40 con/kg', opts);
  });
  it('a range that no qualifier opens stays one figure', () => {
    expectFigure('Năng suất lúa đạt 5 - 6 tấn/ha, giá bán 6.800 - 7.200 đồng/kg.', '6 tấn/ha', { value: 5, high: 6, unit: 'tấn/ha' }, opts);
  });
});
