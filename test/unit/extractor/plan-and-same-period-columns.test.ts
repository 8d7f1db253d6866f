// A plan table with two ratio columns, "So với KH (%)" then "So với cùng kỳ (%)": each cell takes its own column's base.
// A plan column that names a whole year ("Kế hoạch năm 2025", "KH 2025") dates its cells with that year, while the
// half-year's actual column keeps the report's period.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-07-10' };
const table = 'Kết quả 6 tháng đầu năm 2025 của huyện như sau:\n' +
  'STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện 6 tháng | So với KH (%) | So với cùng kỳ (%)\n' +
  '1 | Thu ngân sách nhà nước | tỷ đồng | 410 | 236,5 | 57,7 | 109,3\n' +
  '2 | Sản lượng lương thực | tấn | 62.000 | 35.480 | 57,2 | 98,4\n';
const monthsPlan = 'Kết quả 6 tháng đầu năm 2025:\nChỉ tiêu | Kế hoạch 6 tháng năm 2025 | Thực hiện | Tỷ lệ\nThu ngân sách (tỷ đồng) | 200 | 236,5 | 118,3\n';

describe('a plan table with a plan ratio and a same-period ratio', () => {
  run([
    ['the "So với KH (%)" cell is against the plan', table, '57,7', { kind: 'attainment', value: 57.7, base: 'target' }, pub],
    ['the "So với cùng kỳ (%)" cell after it is against the same period', table, '109,3', { kind: 'attainment', value: 109.3, base: 'same_period' }, pub],
    ['a same-period cell below 100 is against the same period too', table, '98,4', { kind: 'attainment', base: 'same_period' }, pub],
    ['"Kế hoạch năm 2025" dates its cell with the year', table, '| 410', { value: 410e9, modality: 'target', period: '2025' }, pub],
    ['the half-year\'s actual cell keeps the report\'s period', table, '236,5', { value: 236.5e9, modality: 'actual', period: '2025-H1' }, pub],
    ['a plan column that names months ("Kế hoạch 6 tháng năm 2025") is not dated with the whole year', monthsPlan, '| 200', { modality: 'target', period: '2025-H1' }, pub],
  ]);
});
