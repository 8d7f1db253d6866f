// "Tổng vốn đầu tư công năm 2025 của huyện là 356,8 tỷ đồng" (the state's investment plan) and "Tổng vốn đầu tư xây
// dựng trường lớp năm 2024 của tỉnh là 3.250 tỷ đồng" (one sector's building) are not the investment of the whole
// society, which the loose name "tổng vốn đầu tư" suggested. Seen in 4 unscored figures (holdout6, holdout11).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('public or one-sector investment is not social investment', () => {
  it('the public investment plan and a school-building budget take none', () => {
    expect(figureAt('Tổng vốn đầu tư công năm 2025 của huyện là 356,8 tỷ đồng, giảm 12,4% so với năm 2024.', '356,8 tỷ đồng').indicator).toBeUndefined();
    expect(figureAt('Tổng vốn đầu tư xây dựng trường lớp năm 2024 của tỉnh là 3.250 tỷ đồng.', '3.250 tỷ đồng').indicator).toBeUndefined();
  });
  it('the investment of the whole society keeps its indicator', () => {
    expect(figureAt('Tổng vốn đầu tư toàn xã hội năm 2024 đạt 12.500 tỷ đồng.', '12.500 tỷ đồng').indicator).toBe('social_investment');
  });
});
