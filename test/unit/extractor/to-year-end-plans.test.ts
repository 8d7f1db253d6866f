// "Từ nay đến cuối năm, phấn đấu vượt ít nhất 5% dự toán" in a nine-month report: what is asked of the rest of the year
// is the year's plan, dated like "cả năm", not the months reported. Not "đến cuối năm 2025" (a year of its own), and not
// the figures of the months reported. Found by probing after holdout12; also in holdout2 and holdout3.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-10-15', locality: 'thị xã Cai Lậy' };
const report = 'Thị ủy Cai Lậy đánh giá 9 tháng\n\n15/10/2024\n\nTrong 9 tháng năm 2024, thu ngân sách đạt 302,5 tỷ đồng, bằng 93,1% dự toán.\n\n';

describe('"đến cuối năm" dates a plan by the whole year', () => {
  run([
    ['"Từ nay đến cuối năm, … vượt ít nhất 5% dự toán"', `${report}Từ nay đến cuối năm, thị xã phấn đấu thu ngân sách vượt ít nhất 5% dự toán.`, '5%', { value: 5, period: '2024', modality: 'target' }, pub],
    ['"phấn đấu đến cuối năm giải ngân đạt 100% kế hoạch"', `${report}Thị xã phấn đấu đến cuối năm giải ngân vốn đầu tư công đạt 100% kế hoạch.`, '100%', { value: 100, period: '2024', modality: 'target' }, pub],
    ['the months reported keep their period', `${report}Từ nay đến cuối năm, thị xã phấn đấu thu ngân sách vượt ít nhất 5% dự toán.`, '302,5', { value: 302.5e9, period: '2024-9M' }, pub],
    ['"đến cuối năm 2025" is that year', `${report}Thị xã phấn đấu đến cuối năm 2025 có 100% xã đạt chuẩn nông thôn mới nâng cao.`, '100%', { value: 100, period: '2025', modality: 'target' }, pub],
  ]);
});
