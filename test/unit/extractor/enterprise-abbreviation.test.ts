// "Sáu tháng đầu năm thành lập mới 420 DN, đạt 52,5% kế hoạch năm, … tăng 15,07% về số DN": papers shorten "doanh
// nghiệp" to "DN"; the count is a count of enterprises (reported as "doanh nghiệp"), and a change "về số DN" is of that count. Found reading real
// provincial investment reports.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const text = 'Sáu tháng đầu năm thành lập mới 420 DN, đạt 52,5% kế hoạch năm, tăng 15,07% về số DN so với cùng kỳ.';

describe('"DN" for doanh nghiệp', () => {
  run([
    ['"420 DN" is a count of new enterprises', text, '420', { value: 420, unit: 'doanh nghiệp', indicator: 'new_enterprises' }],
    ['"tăng 15,07% về số DN" changes that count', text, '15,07%', { indicator: 'new_enterprises', base: 'same_period' }],
    ['a share of "số vốn đăng ký mới" is not a count of enterprises', 'Các nhà đầu tư Hàn Quốc, Nhật Bản chiếm 72,4% số vốn đăng ký mới.', '72,4%', { indicator: undefined }],
  ]);
  it('"DN" standing for something else after no number is no figure', () => {
    expectNoFigureAt('Hội nghị gặp mặt DN năm 2024 diễn ra tại tỉnh.', 'DN');
  });
});
