// A composite index printed without a unit ("chỉ số DTI năm 2024 đạt 0,7955", "PCI năm 2023 đạt 65,12") is the index's
// score: unit "điểm", the index's indicator. A unitless decimal with no index named before it in its clause is no figure.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-05-20' };

describe('index values without a unit', () => {
  run([
    ['a DTI value after "đạt"', 'Năm 2023, chỉ số chuyển đổi số cấp tỉnh (DTI) của tỉnh đạt 0,7112, tăng 6 bậc so với năm 2022.', '0,7112', { value: 0.7112, unit: 'điểm', indicator: 'dti', kind: 'level', period: '2023' }, pub],
    ['the rank move after it is the same index\'s', 'Năm 2023, chỉ số chuyển đổi số cấp tỉnh (DTI) của tỉnh đạt 0,7112, tăng 6 bậc so với năm 2022.', '6 bậc', { unit: 'bậc', indicator: 'dti', kind: 'change', direction: 'up', base: '2022' }, pub],
    ['a PCI value with the year between', 'Chỉ số PCI năm 2023 của tỉnh đạt 66,04, xếp thứ 18/63 tỉnh, thành phố.', '66,04', { value: 66.04, unit: 'điểm', indicator: 'pci' }, pub],
    ['a value written with "điểm" is read as before', 'Chỉ số DTI của tỉnh đạt 0,6077 điểm.', '0,6077', { value: 0.6077, unit: 'điểm' }, pub],
  ]);

  it('a unitless decimal with no index named in its clause is no figure', () => {
    expectNoFigureAt('Chỉ số DTI được công bố vào tháng 4. Hệ số K của dự án đạt 1,25.', '1,25', pub);
  });

  it('a whole number after an index ("PCI đạt 18") is no score: it may be a rank', () => {
    expectNoFigureAt('Về chỉ số PCI, tỉnh đạt 18 trong bảng xếp hạng.', '18', pub);
  });
});
