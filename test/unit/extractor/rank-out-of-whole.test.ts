// "đứng thứ 12/63 tỉnh, thành phố": a rank written out of the whole is an ordinal, not a ratio figure (the spec: ordinals
// are not figures). A count out of a whole after another name word stays one. Found probing northern reports after
// holdout11.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('a rank out of a whole', () => {
  it('"đứng thứ 12/63 tỉnh, thành phố" is no figure', () => {
    expectNoFigureAt('Tăng trưởng GRDP 9 tháng ước đạt 9,1%, đứng thứ 12/63 tỉnh, thành phố.', '12/63');
  });
  it('the growth before it is still found', () => {
    expectFigure('Tăng trưởng GRDP 9 tháng ước đạt 9,1%, đứng thứ 12/63 tỉnh, thành phố.', '9,1', { value: 9.1, indicator: 'grdp_growth' });
  });
  it('"là 1 trong 5 tỉnh có tỷ lệ … cao nhất": the few a place is one of is no figure', () => {
    expectNoFigureAt('Vĩnh Long đã tiêm gần 138.000 mũi, là 1 trong 5 tỉnh trong cả nước có tỷ lệ tiêm cao nhất, đạt 79,5%.', '5 tỉnh');
  });
  it('… while a count of provinces that did something stays one', () => {
    expectFigure('Cả nước có 5 tỉnh hoàn thành chương trình trong năm.', '5 tỉnh', { value: 5, unit: 'tỉnh' });
  });
  it('a count out of a whole stays a ratio', () => {
    expectFigure('Đến nay có 39/39 chi bộ tổ chức đại hội xong.', '39/39', { kind: 'ratio', value: 39, of: 39 });
  });
});
