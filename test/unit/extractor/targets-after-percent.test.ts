// "Thu ngân sách đạt 126,82% chỉ tiêu NQ, gấp đôi năm 2020": the targets named right after a percentage are that
// attainment's yardstick; the multiple after it is the revenue's, not a count of targets. Found by probing after
// holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thành phố Mỹ Tho', published: '2023-12-20' };

describe('"X% chỉ tiêu NQ" names no indicator for the figures after it', () => {
  it('a multiple after the attainment is the revenue\'s', () => {
    const text = 'Thu ngân sách trên địa bàn đạt 126,82% chỉ tiêu NQ, gấp đôi năm 2020.';
    expect(figureAt(text, 'gấp đôi', opts).indicator).toBe('budget_revenue');
    expect(figureAt(text, '126,82%', opts).indicator).toBe('budget_revenue');
  });
  it('a count of targets named by its own noun is still one', () => {
    const text = 'Năm 2023, thành phố đạt và vượt 12/15 chỉ tiêu NQ đề ra.';
    expect(figureAt(text, '12/15', opts).indicator).toBe('resolution_targets');
  });
});
