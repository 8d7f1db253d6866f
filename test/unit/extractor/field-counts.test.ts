// "Huyện đã xây dựng 12 cánh đồng lớn với tổng diện tích 1.150 ha": fields built under the large-field programme are
// counted like other things a district builds. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('counts of fields', () => {
  it('"12 cánh đồng lớn" is a count of fields', () => {
    expectFigure('Huyện đã xây dựng 12 cánh đồng lớn với tổng diện tích 1.150 ha.', '12', { value: 12, unit: 'cánh đồng', kind: 'level' });
  });
  it('"cánh đồng mẫu lớn" keeps its programme name as the noun', () => {
    expectFigure('Tỉnh có 45 cánh đồng mẫu lớn.', '45', { value: 45, unit: 'cánh đồng mẫu lớn' });
  });
  it('a field named with a number is no count', () => {
    expectNoFigureAt('Nông dân ra cánh đồng số 2 thu hoạch lúa.', '2');
  });
});
