// "giá trị sản xuất nông, lâm nghiệp, thủy sản tăng 2%": the farm sectors listed with commas only are the agricultural
// output value, as "nông, lâm nghiệp và thủy sản" is, not the total it is a part of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-17' };

describe('farm output value named by its sectors', () => {
  it('a part of the total named with commas only', () => {
    const text = 'Kinh tế huyện\n\n9 tháng năm 2024, tổng giá trị sản xuất ước đạt 12.300 tỷ đồng, tăng 6,9% so với cùng kỳ; trong đó, giá trị sản xuất nông, lâm nghiệp, thủy sản tăng 1,8%; công nghiệp, xây dựng tăng 9,1%.';
    expect(figureAt(text, '1,8%', OPTS).indicator).toBe('agricultural_output_value');
    expect(figureAt(text, '6,9%', OPTS).indicator).toBe('total_output_value');
  });

  it('"nông, lâm và thủy sản" too', () => {
    const text = 'Kinh tế huyện\n\nGiá trị sản xuất nông, lâm và thủy sản ước đạt 2.150 tỷ đồng.';
    expect(figureAt(text, '2.150 tỷ', OPTS).indicator).toBe('agricultural_output_value');
  });
});
