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
  it('a count out of a whole stays a ratio', () => {
    expectFigure('Đến nay có 39/39 chi bộ tổ chức đại hội xong.', '39/39', { kind: 'ratio', value: 39, of: 39 });
  });
});
