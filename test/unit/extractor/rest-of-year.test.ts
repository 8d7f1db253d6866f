// "phấn đấu trong 2 tháng cuối năm thu ngân sách đạt trên 1.330 tỷ đồng": what the last months of the year must bring
// the year's total to. No period id names those months alone, so the sentence is the year's. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-11-06' };
const report = 'Theo báo cáo, 10 tháng năm 2024, tổng thu ngân sách ước đạt 1.126 tỷ đồng.\n\n' +
  'Chủ tịch yêu cầu các ngành phấn đấu trong 2 tháng cuối năm thu ngân sách đạt trên 1.330 tỷ đồng, giải ngân vốn đầu tư công đạt 95% kế hoạch trở lên.\n\nTỷ lệ BHYT đạt 95,6%.';

describe('"N tháng cuối năm" dates its sentence as the year', () => {
  run([
    ['a target in the sentence is the year\'s', report, '1.330', { value: 1.33e12, period: '2024', modality: 'target' }, pub],
    ['a later clause of the sentence too', report, '95%', { value: 95, period: '2024' }, pub],
    ['the next paragraph is not dated by it', report, '95,6', { value: 95.6, period: '2024-10M' }, pub],
    ['"6 tháng cuối năm" stays the second half', 'Tăng trưởng GRDP 6 tháng cuối năm 2024 đạt 11 - 12%.', '11', { value: 11, period: '2024-H2' }, { published: '2024-07-12' }],
  ]);
});
