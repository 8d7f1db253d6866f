// "ngành du lịch phục hồi với hơn 20,7 triệu lượt khách, … vượt 115% kế hoạch năm": a plan "passed" by more than itself
// is the share of it reached, above it; "vượt 12% kế hoạch" still passes the plan by 12%.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan passed by a share of 100% or more', () => {
  it('is the share of the plan reached', () => {
    const f = figureAt('Năm 2025, tỉnh đón 8,2 triệu lượt khách, vượt 112,5% kế hoạch năm.', '112,5%');
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('a small margin is how far the plan was passed', () => {
    const f = figureAt('Năm 2025, tỉnh đón 8,2 triệu lượt khách, vượt 12% kế hoạch năm.', '12%');
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'up', 'target']);
  });
});
