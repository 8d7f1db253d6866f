// "…, thấp hơn nhiều so với cùng kỳ năm 2022 (tăng 22,4%)": after a comparative and its "so với" base, the bracketed
// change is the compared stretch's own rate, dated to it, not an estimate and measured against nothing; after a verb
// of change ("giảm … so với cùng kỳ năm 2017 (giảm 6,19% số vụ)") the bracket's changes still take the base.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2023-10-05' };

describe('a bracketed rate after a comparative with "so với"', () => {
  run([
    ['the compared stretch own growth', '9 tháng năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 5,1%, thấp hơn nhiều so với cùng kỳ năm 2022 (tăng 12,6%).',
      '12,6%', { kind: 'change', direction: 'up', period: '2022-9M', modality: 'actual', base: undefined }, pub],
    ['"cao hơn so với cùng kỳ" the same', 'Quý III/2023, chỉ số sản xuất công nghiệp ước tăng 9,8%, cao hơn so với cùng kỳ năm 2022 (tăng 7,2%).',
      '7,2%', { kind: 'change', period: '2022-Q3', modality: 'actual', base: undefined }, pub],
    ['changes after a verb keep their base', 'Trong 9 tháng năm 2023, tai nạn giao thông giảm cả 3 tiêu chí so với cùng kỳ năm 2022 (giảm 8,2% số vụ, giảm 5,1% số người chết).',
      '8,2%', { kind: 'change', direction: 'down', base: 'same_period', period: '2023-9M' }, pub],
  ]);
});
