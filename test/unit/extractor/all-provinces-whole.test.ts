// Every province of the country ("của 34 tỉnh, thành phố" after the 2025 reorganisation, "63 tỉnh, thành phố" before) is
// the whole a ranking or a survey covers, a constant and no result; a count of some provinces, or a share of all of
// them, stays a figure.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('all the provinces of the country', () => {
  it('"công bố Chỉ số … của 34 tỉnh, thành phố" counts nothing', () => {
    expectNoFigureAt('Chiều 12/5, Bộ Nội vụ công bố Chỉ số hài lòng năm 2025 của 34 tỉnh, thành phố.', '34 tỉnh');
  });

  it('"khảo sát tại 63 tỉnh, thành phố" counts nothing', () => {
    expectNoFigureAt('Khảo sát PAPI 2023 được thực hiện tại 63 tỉnh, thành phố.', '63 tỉnh');
  });

  it('"có 12 tỉnh, thành phố đạt trên 90%" and "51/63 tỉnh, thành phố" stay figures', () => {
    expectFigure('Cả nước có 12 tỉnh, thành phố đạt trên 90%.', '12 tỉnh', { kind: 'level', value: 12 });
    expectFigure('Cả nước có 51/63 tỉnh, thành phố thu nội địa đạt dự toán.', '51/63', { kind: 'ratio', value: 51, of: 63 });
  });
});
