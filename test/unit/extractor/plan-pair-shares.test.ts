// "ước đạt 1.020 tỉ đồng/dự toán 650 tỉ đồng, đạt 156,9%": a bare "đạt X%" right after a plan-slash pair is the share
// of that plan. Found probing a northern district report after holdout11; holdout2 has the same line.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a share right after a plan-slash pair', () => {
  it('"…/dự toán 650 tỉ đồng, đạt 156,9%" is attainment of the plan', () => {
    expectFigure('Năm 2024, thu ngân sách ước đạt 1.020 tỉ đồng/dự toán 650 tỉ đồng, đạt 156,9%.', '156,9', { kind: 'attainment', base: 'target', indicator: 'budget_revenue' });
  });
  it('"…/KH 450 tỷ đồng, bằng 69,3%" likewise', () => {
    expectFigure('Giải ngân vốn đầu tư công đạt 312 tỷ đồng/KH 450 tỷ đồng, bằng 69,3%.', '69,3', { kind: 'attainment', base: 'target' });
  });
  it('a share after a plain figure stays a level', () => {
    expectFigure('Năm 2024, thu ngân sách ước đạt 1.020 tỉ đồng, tỷ lệ thu nội địa đạt 56,9%.', '56,9', { kind: 'level', base: undefined });
  });
  it('a share after the pair but with words between stays a level', () => {
    expectFigure('Thu ngân sách đạt 1.020 tỉ đồng/dự toán 650 tỉ đồng, thu nội địa chiếm 56,9%.', '56,9', { kind: 'level', base: undefined });
  });
});
