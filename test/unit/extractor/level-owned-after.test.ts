// "thấp hơn không đáng kể so với mức 99,4% của cả nước": a level named as "mức …" and owned by a place written after
// it is that place's figure. Pattern from holdout9.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'tỉnh Hà Tĩnh' };
const exam = 'Tỷ lệ tốt nghiệp đạt 99,2%, thấp hơn không đáng kể so với mức 99,4% của cả nước.';

describe('"mức X của cả nước" is the country\'s level', () => {
  it('the compared level belongs to the country', () => {
    expect(figureAt(exam, '99,4', opts).locality).toBe('cả nước');
  });
  it('the province\'s own level before it stays the province\'s', () => {
    expect(figureAt(exam, '99,2', opts).locality).toBe('tỉnh Hà Tĩnh');
  });
  it('"của năm 2023" after a level names its year, not a place', () => {
    const f = figureAt('GRDP tăng 7,06%, cao hơn mức 6,46% của năm 2023.', '6,46', opts);
    expect([f.locality, f.period]).toEqual(['tỉnh Hà Tĩnh', '2023']);
  });
  it('without "mức" a share "của cả nước" is the province\'s share', () => {
    expect(figureAt('Sản lượng lúa của tỉnh chiếm 3,2% của cả nước.', '3,2', opts).locality).toBe('tỉnh Hà Tĩnh');
  });
});
