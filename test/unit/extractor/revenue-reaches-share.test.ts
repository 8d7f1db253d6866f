// "Thu ngân sách 9 tháng đạt 71,4%", "thì thu nội địa vẫn đạt 48,2%": revenue reaching a percentage, with no amount and
// no whole named, is its share of the year's estimate — an attainment, as "thu ngân sách đạt 900 tỷ đồng, đạt 130%" is.
// A rate of the revenue ("Tỷ trọng thu nội địa đạt 80%") or a share of a whole named after it ("đạt 85% tổng thu") is a
// level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-08' };

describe('revenue reaching a percentage', () => {
  it('is its share of the estimate', () => {
    const f = figureAt('Thu ngân sách 9 tháng đạt 71,4%.', '71,4%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
    const g = figureAt('Nếu không tính tiền sử dụng đất thì thu nội địa vẫn đạt 68,5%.', '68,5%', opts);
    expect([g.kind, g.base]).toEqual(['attainment', 'target']);
  });

  it('leaves a rate of the revenue and a share of a whole as levels', () => {
    expect(figureAt('Tỷ trọng thu nội địa đạt 80%.', '80%', opts).kind).toBe('level');
    expect(figureAt('Thu nội địa đạt 85% tổng thu ngân sách.', '85%', opts).kind).toBe('level');
  });
});
