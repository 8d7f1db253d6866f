// "Tỷ lệ nghèo đa chiều (gồm hộ nghèo và hộ cận nghèo) là 5,71%": a name inside a bracket that closes before the figure
// details the name before it; the figure measures the name before the bracket. Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-01-10' };

describe('a name inside a bracketed aside does not own the figure after the bracket', () => {
  it('the combined poverty rate, detailed as poor and near-poor households, is the poverty rate', () => {
    expectFigure('Cuối năm 2024, huyện có 312 hộ cận nghèo. Tỷ lệ nghèo đa chiều (gồm hộ nghèo và hộ cận nghèo) là 4,8%.', '4,8%',
      { indicator: 'poverty_rate' }, pub);
  });
  it('a figure inside the bracket keeps the name it stands after', () => {
    expectFigure('Tỷ lệ hộ nghèo giảm còn 3,1% (tỷ lệ hộ cận nghèo còn 2,6%).', '2,6%', { indicator: 'near_poverty_rate' }, pub);
  });
  it('a bracket closed after the figure is no aside before it', () => {
    expectFigure('Tỷ lệ hộ cận nghèo là 2,2% (giảm so với năm trước).', '2,2%', { indicator: 'near_poverty_rate' }, pub);
  });
});
