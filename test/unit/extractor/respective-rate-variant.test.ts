// "Tỷ lệ hộ nghèo và hộ cận nghèo của huyện lần lượt là 2,15% và 3,4%": each percentage after "lần lượt" pairs with a
// name before it, and a percentage paired with a count's name ("hộ cận nghèo") is that count's rate, as outside a list.
// Counts in the same kind of list keep the count.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-20' };

describe('percentages paired by "lần lượt" with counts\' names', () => {
  it('reads the near-poor share as the near-poverty rate', () => {
    const text = 'Đến cuối năm 2025, tỷ lệ hộ nghèo và hộ cận nghèo của huyện lần lượt là 2,15% và 3,4%.';
    expect(figureAt(text, '2,15%', opts).indicator).toBe('poverty_rate');
    expect(figureAt(text, '3,4%', opts).indicator).toBe('near_poverty_rate');
  });

  it('keeps counts of households as counts', () => {
    const text = 'Đến cuối năm 2025, số hộ nghèo và hộ cận nghèo của huyện lần lượt là 412 hộ và 655 hộ.';
    expect(figureAt(text, '655 hộ', opts).indicator).toBe('near_poor_households');
  });
});
