// "Đức Linh: 11/12 xã đạt chuẩn nông thôn mới, phấn đấu về đích huyện NTM năm 2025" (published 2024): a year still
// ahead, named in a plan clause set off after the figure, dates the plan, not the result before it. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-09-20', locality: 'huyện Đức Linh' };
const headline = 'Đức Linh: 11/12 xã đạt chuẩn nông thôn mới, phấn đấu về đích huyện NTM năm 2025\n\nĐến nay huyện có 4 xã đạt chuẩn NTM nâng cao.';

describe('a later plan clause\'s future year does not date the result before it', () => {
  run([
    ['the headline\'s count is this year\'s result', headline, '11/12', { value: 11, of: 12, period: '2024', modality: 'actual' }, pub],
    ['a figure inside the plan clause is the plan\'s', 'Huyện có 11/12 xã đạt chuẩn, phấn đấu năm 2025 có 12/12 xã đạt chuẩn.', '12/12', { value: 12, period: '2025', modality: 'target' }, pub],
    ['a year of this year after such a clause still dates the figure', 'Tập trung hoàn thành 100% kế hoạch giải ngân, phấn đấu kết nạp 52 đảng viên năm 2024.', '100%', { value: 100, period: '2024' }, pub],
    ['a future year right after the figure, with no plan clause, still dates it', 'Huyện đặt mục tiêu 12/12 xã đạt chuẩn năm 2025.', '12/12', { value: 12, period: '2025', modality: 'target' }, pub],
  ]);
});
