// "Thu ngân sách nhà nước đạt 135,7% xã giao": the plan named only by who assigned it (the commune, the district, the
// province) is still the plan, so the share is an attainment of it. A share of a whole stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-12-23' };

describe('a plan named by who assigned it', () => {
  it('"đạt 135,7% xã giao" is an attainment of the plan', () => {
    const text = 'Năm 2025, thu ngân sách nhà nước đạt 135,7% xã giao và đạt 317% kế hoạch tỉnh giao.';
    expect(figureAt(text, '135,7%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target', indicator: 'budget_revenue' });
    expect(figureAt(text, '317%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('"đạt 98% tỉnh giao" for disbursement too', () => {
    expect(figureAt('Giải ngân vốn đầu tư công năm 2025 đạt 98% tỉnh giao.', '98%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('a share of the population stays a level', () => {
    const f = figureAt('Tỷ lệ tham gia bảo hiểm y tế đạt 95% dân số toàn xã.', '95%', OPTS);
    expect(f.kind).toBe('level');
    expect(f.base).toBeUndefined();
  });
});
