// Papers join the farming sectors with hyphens or en dashes alike: "nông - lâm - thủy sản", "nông – lâm – thủy sản". In a
// breakdown of the total output value either is farming's output, not the total's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('farming named with en dashes', () => {
  it('is farming in a breakdown of the total', () => {
    const text = 'Năm 2024, tổng giá trị sản xuất ước đạt 3.120 tỷ đồng, trong đó nông – lâm – thủy sản ước đạt 905 tỷ đồng.';
    expect(figureAt(text, '905 tỷ', opts).indicator).toBe('agricultural_output_value');
  });

  it('the total itself stays the total', () => {
    const text = 'Năm 2024, tổng giá trị sản xuất ước đạt 3.120 tỷ đồng, trong đó nông – lâm – thủy sản ước đạt 905 tỷ đồng.';
    expect(figureAt(text, '3.120 tỷ', opts).indicator).toBe('total_output_value');
  });
});
