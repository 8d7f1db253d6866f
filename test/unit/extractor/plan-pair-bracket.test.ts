// "ước đạt 1.120 tỷ đồng/KH 2.050 tỷ đồng (dự toán HĐND huyện giao), đạt 54,6%": a bracket that says who set the plan
// may stand between the plan-slash pair and the share of it. A share of a whole ("chiếm") after it stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-05' };

describe('the share after a plan-slash pair and a bracket naming who set the plan', () => {
  it('is an attainment of that plan', () => {
    const f = figureAt('- Thu ngân sách ước đạt 1.120 tỷ đồng/KH 2.050 tỷ đồng (dự toán HĐND huyện giao), đạt 54,6%;', '54,6%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });
});

describe('a share of a whole after the same bracket', () => {
  it('stays a level: "chiếm" names no plan', () => {
    const f = figureAt('- Vốn ngân sách huyện giải ngân 412 tỷ đồng/KH 650 tỷ đồng (vốn HĐND huyện giao), chiếm 38,5% tổng vốn giải ngân;', '38,5%', opts);
    expect(f.kind).toBe('level');
  });
});
