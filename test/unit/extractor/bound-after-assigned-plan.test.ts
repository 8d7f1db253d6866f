// "phấn đấu thu ngân sách đạt 100% dự toán tỉnh giao trở lên": the plan named with who assigned it may stand between
// the share and its bound, as "kế hoạch", "dự toán năm" and "kế hoạch đề ra" already could ("đạt từ 95% kế hoạch trở
// lên"). A "trở lên" that belongs to a later figure's clause is not this figure's bound.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const opts = { published: '2024-10-10' };

describe('a bound after the plan and its assigner', () => {
  it('reads "dự toán huyện giao trở lên" as at least', () => {
    const text = 'Quý IV, huyện phấn đấu cả năm thu ngân sách đạt 100% dự toán huyện giao trở lên, giải ngân hết kế hoạch vốn.';
    expectFigure(text, '100%', { kind: 'attainment', base: 'target', bound: 'at_least' }, opts);
  });

  it('reads "kế hoạch tỉnh giao trở lên" as at least', () => {
    const text = 'Năm 2025, xã phấn đấu giải quyết việc làm đạt 105% kế hoạch tỉnh giao trở lên.';
    expectFigure(text, '105%', { kind: 'attainment', bound: 'at_least' }, opts);
  });

  it('gives no bound when the plan is followed by other words', () => {
    const text = 'Thu ngân sách đạt 92% dự toán huyện giao, tăng 6% so với cùng kỳ; số doanh nghiệp thành lập mới từ 40 doanh nghiệp trở lên.';
    expect(figureAt(text, '92%', opts).bound).toBeUndefined();
  });
});
