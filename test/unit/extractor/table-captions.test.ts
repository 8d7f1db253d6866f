// Tables whose unit stands in the line above them ("Cụ thể (tỷ đồng):") and whose ratio column compares with the
// plan under another plan noun ("So dự toán (%)"). Patterns from the blind set holdout9.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

const budget = 'Tổng chi ngân sách năm 2024 ước thực hiện 14.936 tỷ đồng. Cụ thể (tỷ đồng):\n\n' +
  'Nội dung | Dự toán 2024 | Ước thực hiện 2024 | So dự toán (%)\nChi đầu tư phát triển | 4.210 | 4.865 | 115,6\n' +
  'Số hộ được hỗ trợ (hộ) | 900 | 1.040 | 115,6\n';

describe('a table caption gives the unit of rows that name none', () => {
  run([
    ['a bare cell takes the caption\'s scale and unit', budget, '4.210', { value: 4.21e12, unit: 'VND', modality: 'target' }],
    ['the estimate column keeps its modality', budget, '4.865', { value: 4.865e12, unit: 'VND', modality: 'estimate' }],
    ['"So dự toán (%)" is the attainment of the plan, not a plan column', budget, '115,6\nSố', { value: 115.6, kind: 'attainment', base: 'target', modality: 'estimate' }],
    ['a row label\'s own unit wins over the caption', budget, '1.040', { value: 1040, unit: 'hộ' }],
    ['without a caption the ratio column still reads as attainment', 'Kết quả năm 2024:\n\nNội dung | Dự toán | Ước thực hiện | So dự toán (%)\nChi thường xuyên | 18 | 14 | 77,8', '77,8', { value: 77.8, kind: 'attainment' }],
  ]);
  it('a bare money cell with no unit anywhere is no figure', () => {
    expectNoFigureAt('Kết quả năm 2024:\n\nNội dung | Dự toán | Ước thực hiện | So dự toán (%)\nChi thường xuyên | 18 | 14 | 77,8', '18');
  });
  // holdout11: the bracket names what it holds.
  it('"(đơn vị: triệu đồng)" gives the scale and unit', () => {
    expectFigure('Dự toán năm 2025 như sau (đơn vị: triệu đồng):\nNội dung | Ước thực hiện 2024 | Dự toán 2025\nThu ngân sách | 612.500 | 455.300', '455.300', { value: 455.3e9, unit: 'VND', modality: 'target' });
  });
  it('"(ĐVT: ha)" in a row label gives the unit', () => {
    expectFigure('Kết quả:\nChỉ tiêu | Kế hoạch | Thực hiện\nDiện tích lúa (ĐVT: ha) | 9.800 | 9.850', '9.850', { value: 9850, unit: 'ha', modality: 'actual' });
  });
  it('"(đơn vị: …)" naming no unit still gives none', () => {
    expectNoFigureAt('Dự toán như sau (đơn vị: nghìn):\nNội dung | Ước thực hiện 2024 | Dự toán 2025\nThu ngân sách | 612.500 | 455.300', '455.300');
  });
  it('a caption\'s bracket that is no unit gives none', () => {
    expectNoFigureAt('Kết quả (ước tính):\n\nNội dung | Dự toán | Ước thực hiện | So dự toán (%)\nChi thường xuyên | 18 | 14 | 77,8', '18');
  });
});
