// "phấn đấu cả năm đạt ít nhất 80 tỷ đồng; đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 56,4% kế hoạch vốn": the
// plan's whole year dates the plan, not a later clause that says where things stand now (the report's months).
// Pattern from holdout13.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-10-05' };
const report = 'Trong 9 tháng năm 2024, thu ngân sách đạt 52 tỷ đồng.\n\n' +
  'Chủ tịch UBND thị xã yêu cầu tập trung thu ngân sách, phấn đấu cả năm đạt ít nhất 80 tỷ đồng; đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 56,4% kế hoạch vốn.';
const plans = 'Trong 6 tháng năm 2024, GRDP tăng 6,2%.\n\n' +
  'Tỉnh phấn đấu tăng trưởng GRDP cả năm đạt 7 - 7,5%; giải ngân vốn đầu tư công đạt 100% kế hoạch; kết nạp 2.400 đảng viên mới.';

describe('"cả năm" in a plan clause', () => {
  run([
    ['dates the plan in its clause', report, '80 tỷ', { period: '2024', modality: 'target' }, pub],
    ['not the clause after it that says "hiện mới đạt"', report, '56,4%', { period: '2024-9M', modality: 'actual' }, pub],
    ['a row of plans after it stays the whole year\'s', plans, '100%', { period: '2024', modality: 'target' }, { published: '2024-07-20' }],
  ]);
});
