// "gieo cấy được 1.585,2 nghìn ha, bằng 98,4% vụ mùa năm trước, trong đó các địa phương phía Bắc đạt 1.050,8 nghìn ha,
// bằng 98,1%": a share of the same season a year before, named right after the figure, is an index against the same
// period; a parallel "bằng" in its sentence is one too.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of the same season a year before', () => {
  const text = 'Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, bằng 98,4% vụ mùa năm trước, trong đó các địa phương ' +
    'phía Bắc đạt 1.050,8 nghìn ha, bằng 98,1% (giảm 20,1 nghìn ha).';

  it('the share is an attainment against the same period', () => {
    expect(figureAt(text, '98,4%')).toMatchObject({ kind: 'attainment', base: 'same_period' });
  });

  it('the parallel share of a part takes the same base', () => {
    expect(figureAt(text, '98,1%')).toMatchObject({ kind: 'attainment', base: 'same_period' });
  });

  it('a season named without its year is no base', () => {
    expect(figureAt('Diện tích lúa đạt 12.000 ha, bằng 45% vụ mùa.', '45%').base).toBeUndefined();
  });
});
