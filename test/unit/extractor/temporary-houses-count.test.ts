// "Hỗ trợ xóa 1.215 nhà tạm, nhà dột nát": houses replaced under the 2024–2025 programme are counted in "nhà tạm".
// Found probing mountain provinces' poverty reports after holdout14.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('"nhà tạm" counts', () => {
  it('"xóa 1.215 nhà tạm, nhà dột nát" is a count of nhà tạm', () => {
    expectFigure('Năm 2024, tỉnh hỗ trợ xóa 1.215 nhà tạm, nhà dột nát với kinh phí 61 tỷ đồng.', '1.215', { kind: 'level', value: 1215, unit: 'nhà tạm' });
  });
  it('a bare "nhà" after a number is still no unit', () => {
    expectNoFigureAt('Gia đình ông ở số 12 nhà ông Tư, gần chợ.', '12');
  });
});
