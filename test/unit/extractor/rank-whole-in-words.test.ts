// "đứng thứ 6 trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long": the whole a rank is taken in, written with
// "trong", is no more a figure than the "63" of "thứ 12/63 tỉnh". A count after "trong" that follows no rank stays.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, figureAt } from './helpers.ts';

describe('the whole of a rank written with "trong"', () => {
  const text = 'Tăng trưởng kinh tế (GRDP) ước đạt 5,83%, đứng thứ 6 trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long.';

  it('is no figure', () => {
    expectNoFigureAt(text, '13 tỉnh');
  });

  it('a Roman rank and "trong số" are read alike', () => {
    expectNoFigureAt('Chỉ số PCI của tỉnh xếp thứ IV trong số 13 tỉnh vùng Đồng bằng sông Cửu Long.', '13 tỉnh');
  });

  it('leaves the growth before it', () => {
    expectFigure(text, '5,83%', { value: 5.83, indicator: 'grdp_growth' });
  });

  it('a count after "trong" with no rank before it is still a figure', () => {
    expect(figureAt('Toàn tỉnh có 186 trường đạt chuẩn quốc gia trong 348 trường mầm non, phổ thông.', '348 trường').value).toBe(348);
  });
});
