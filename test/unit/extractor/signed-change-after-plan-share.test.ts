// "bằng 120,4% dự toán (+41,2%)": the plan word closes the share before the bracket; the signed change inside it is how
// the amount moved, an actual, not the plan. A bracket after a plan that no share precedes still states the plan.
// Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-03', locality: 'tỉnh Nghệ An' };

describe('a signed change in a bracket after "X% dự toán"', () => {
  it('"đạt 100,7% dự toán (+23,9%)" and "bằng 71,6% dự toán HĐND tỉnh giao (-3,2%)" are actual changes', () => {
    expectFigure('- Thu nội địa: 13.690 tỷ đồng, đạt 100,7% dự toán (+23,9%);', '23,9%', { kind: 'change', direction: 'up', modality: 'actual' }, opts);
    expectFigure('Thu 2.964 tỷ đồng, bằng 71,6% dự toán HĐND tỉnh giao (-3,2%).', '3,2%', { kind: 'change', direction: 'down', modality: 'actual' }, opts);
  });

  it('"thấp hơn kế hoạch (+8%)" gives the plan in the bracket', () => {
    expectFigure('Năm 2024, GRDP tăng 7,2%, thấp hơn kế hoạch (+8%).', '8%', { modality: 'target' }, opts);
  });
});
