// A table whose rows are periods: "Tháng | Lượt khách | So với cùng kỳ (%)" over "Tháng 4 | 640.000 | +9,6". The
// column named by a counted noun or unit holds levels of it, the "so với …" column signed changes against what it
// names, and each row's label dates its cells. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-08-02' };
const months = 'Lượng khách du lịch các tháng gần đây như sau:\nTháng | Lượt khách | So với cùng kỳ (%)\nTháng 4 | 640.000 | +9,6\nTháng 5 | 890.000 | -2,5\n';
const quarters = 'Kết quả xuất khẩu:\nQuý | Kim ngạch (triệu USD) | So với quý trước (%)\nQuý I | 512 | +3,1\nQuý II | 548 | +7,0\n';

describe('a table of periods', () => {
  run([
    ['a month row dates its level, in the article\'s year', months, '640.000', { value: 640000, kind: 'level', unit: 'lượt khách', period: '2024-M04', modality: 'actual' }, pub],
    ['the "so với cùng kỳ" column holds changes against the same period', months, '9,6', { value: 9.6, kind: 'change', unit: '%', direction: 'up', base: 'same_period', period: '2024-M04' }, pub],
    ['a minus sign is a fall', months, '2,5', { value: 2.5, kind: 'change', direction: 'down', period: '2024-M05' }, pub],
    ['a quarter row with the scale in the column\'s name', quarters, '548', { value: 548e6, unit: 'USD', period: '2024-Q2' }, pub],
    ['"so với quý trước" is the previous period', quarters, '3,1', { value: 3.1, kind: 'change', base: 'previous_period', period: '2024-Q1' }, pub],
  ]);
  // Rows of years under "Tăng so với năm trước (%)": each row's change against its year before, moving up.
  const years = 'Kết quả các năm như sau:\nNăm | Thu ngân sách (tỉ đồng) | Tăng so với năm trước (%)\nNăm 2022 | 720 | 8,1\nNăm 2023 | 845 | 17,4\n';
  run([
    ['a year row dates its level', years, '845', { value: 845e9, unit: 'VND', period: '2023' }, pub],
    ['"Tăng so với năm trước" is a rise against the row\'s year before', years, '17,4', { value: 17.4, kind: 'change', direction: 'up', base: '2022', period: '2023' }, pub],
    ['"Tăng, giảm so với cùng kỳ" leaves unsigned cells without a direction', 'Kết quả:\nTháng | Lượt khách | Tăng, giảm so với cùng kỳ (%)\nTháng 4 | 640.000 | 9,6\n', '9,6', { kind: 'change', direction: undefined, base: 'same_period' }, pub],
  ]);
  // A caption's scale word scales the measure column; the change column stays in per cent.
  const scaled = 'Lượng khách lưu trú như sau (đơn vị: nghìn lượt):\nQuý | Lượt khách | Tăng, giảm so với cùng kỳ (%)\nQuý I | 1.250 | +12,4\n';
  run([
    ['"(đơn vị: nghìn lượt)" scales the level', scaled, '1.250', { value: 1.25e6, unit: 'lượt khách', period: '2024-Q1' }, pub],
    ['… not the change beside it', scaled, '12,4', { value: 12.4, unit: '%', direction: 'up' }, pub],
  ]);
  it('a row whose label is no period gives no figure', () => {
    expectNoFigureAt('Kết quả:\nTháng | Lượt khách | So với cùng kỳ (%)\nBình quân | 640.000 | +9,6\n', '640.000', pub);
  });
  it('a heading row with no measured column is no series', () => {
    expectNoFigureAt('Lịch:\nTháng | Hoạt động | Địa điểm\nTháng 4 | 25 | Quy Nhơn\n', '25', pub);
  });
});
