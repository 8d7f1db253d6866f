// "Toàn huyện có 1.333 hộ thoát nghèo, vượt 333 hộ và đạt 133,3% so với kế hoạch tỉnh giao", "giải quyết việc làm cho
// 25.400 lao động, vượt 400 lao động so với chỉ tiêu": after the level reached, "vượt N" in the same unit is how far
// beyond the plan it went — a change against the target, exceeded — not a level above a mark. Pattern from real
// provincial pages (the session-7 list of misses).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-15' };

describe('"vượt N" beyond a plan is a change against the target', () => {
  it('with the plan named right after it', () => {
    const text = 'Năm 2025, tỉnh giải quyết việc làm cho 31.500 lao động, vượt 1.500 lao động so với chỉ tiêu.';
    expectFigure(text, 'vượt 1.500 lao động', { kind: 'change', direction: 'up', base: 'target', status: 'exceeded', bound: undefined }, pub);
  });
  it('after the level reached, with the share of the plan joined after it', () => {
    const text = 'Toàn huyện có 860 hộ thoát nghèo, vượt 160 hộ và đạt 122,9% so với kế hoạch tỉnh giao.';
    expectFigure(text, 'vượt 160 hộ', { kind: 'change', direction: 'up', base: 'target', status: 'exceeded', bound: undefined }, pub);
  });
});

describe('what stays a level above a mark', () => {
  it('"vượt" a sum with nothing before it', () => {
    const text = 'Kim ngạch xuất khẩu cà phê vượt 3 tỉ USD, đạt 120% kế hoạch.';
    expectFigure(text, '3 tỉ USD', { kind: 'level', bound: 'over' }, pub);
  });
  it('"vượt mốc" a price', () => {
    expectFigure('Giá hồ tiêu có thời điểm vượt mốc 150.000 đồng/kg.', '150.000 đồng/kg', { kind: 'level', bound: 'over' }, pub);
  });
});
