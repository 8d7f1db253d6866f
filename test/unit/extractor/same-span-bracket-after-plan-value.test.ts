// "… đạt 21,6% kế hoạch tỉnh giao (4.250 tỷ đồng), thấp hơn cùng kỳ năm 2024 (24,3%)": the plan's value in brackets after
// the share does not part the share from the bracket after the same stretch of an earlier year, which is that stretch's
// share of its own plan, an attainment.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-05-06' };

describe('a same-stretch bracket after a plan value in brackets', () => {
  it('is an attainment like the share it is compared with', () => {
    const text = 'Đến ngày 30/4/2025, tỉnh giải ngân 918 tỷ đồng, đạt 21,6% kế hoạch tỉnh giao (4.250 tỷ đồng), thấp hơn cùng kỳ năm 2024 (24,3%).';
    const f = figureAt(text, '24,3%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('stays a level after a bracketed level with no share before it', () => {
    const text = 'Tỷ lệ hộ nghèo còn 2,4% (1.120 hộ), thấp hơn cùng kỳ năm 2024 (3,1%).';
    expect(figureAt(text, '3,1%', opts).kind).toBe('level');
  });
});
