// "đạt 192,5% so với tỉnh giao", "bằng 104% so với huyện giao": the plan named by who assigned it is still the plan,
// so the share is an attainment of it; a share of something else compared stays what it was.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-08' };

describe('a plan named by the level that assigned it', () => {
  it('"so với tỉnh giao" makes the share an attainment of the plan', () => {
    const text = 'Năm 2024, huyện giảm 410 hộ nghèo, đạt 136,7% so với tỉnh giao.';
    expectFigure(text, '136,7%', { kind: 'attainment', base: 'target' }, opts);
  });
  it('"so với tỉnh" alone is no plan', () => {
    const text = 'Năm 2024, tỷ lệ hộ nghèo của huyện là 6,2%, cao gấp đôi so với tỉnh.';
    expectFigure(text, '6,2%', { kind: 'level', base: undefined }, opts);
  });
});
