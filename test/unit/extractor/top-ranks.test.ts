// "nằm trong tốp 11 tỉnh, thành cao nhất cả nước", "lọt top 10 địa phương": a place in a ranking, written "top" or the
// Vietnamese "tốp", is a rank like "xếp thứ 13/34", never a figure. Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2026-01-08' };

describe('a rank written "tốp" or "top" is no figure', () => {
  it('"nằm trong tốp 11 tỉnh"', () => {
    expectNoFigureAt('Thu hút FDI đạt hơn 1 tỷ USD, nằm trong tốp 11 tỉnh, thành cao nhất cả nước.', '11 tỉnh', pub);
  });
  it('"lọt top 10 địa phương"', () => {
    expectNoFigureAt('Năm 2025, tỉnh lọt top 10 địa phương có chỉ số PCI cao nhất.', '10 địa phương', pub);
  });
  it('the figure before the rank stays', () => {
    expectFigure('Thu hút FDI đạt hơn 1 tỷ USD, nằm trong tốp 11 tỉnh, thành cao nhất cả nước.', '1 tỷ USD', { indicator: 'fdi', bound: 'over' }, pub);
  });
  it('a count of provinces with no rank word stays a figure', () => {
    expectFigure('Năm 2025, có 11 tỉnh đạt tốc độ tăng trưởng trên 10%.', '11 tỉnh', { kind: 'level' }, pub);
  });
});
