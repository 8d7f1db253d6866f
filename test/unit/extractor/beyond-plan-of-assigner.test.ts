// "giảm 693 hộ so với năm 2023, vượt 333 hộ và đạt 192,5% so với tỉnh giao": the plan named by who assigned it is still
// the plan, so the count right before it is how far beyond the plan the result went (change up, base target,
// exceeded), as with "so với kế hoạch". A mark passed with no plan after it stays a bound.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-01-07' };

describe('beyond a plan named by who assigned it', () => {
  it('"vượt 333 hộ và đạt 192,5% so với tỉnh giao" is beyond the plan by 333 households', () => {
    const text = 'Năm 2024, số hộ nghèo của huyện giảm 693 hộ so với năm 2023, vượt 333 hộ và đạt 192,5% so với tỉnh giao.';
    expect(figureAt(text, '333 hộ', OPTS)).toMatchObject({ kind: 'change', direction: 'up', base: 'target', status: 'exceeded' });
    expect(figureAt(text, '192,5%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('"vượt mốc 200 tỷ đồng" stays a mark passed', () => {
    const f = figureAt('Năm 2024, thu ngân sách vượt mốc 200 tỷ đồng.', '200 tỷ đồng', OPTS);
    expect(f.kind).toBe('level');
    expect(f.bound).toBe('over');
  });
});
