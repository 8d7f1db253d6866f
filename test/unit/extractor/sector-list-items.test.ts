// A total output value broken down by sector in one comma list ("trong đó nông-lâm-thủy sản tăng 5,89%, công
// nghiệp-xây dựng tăng 7,95%, thương mại-dịch vụ tăng 9,82%"): each item is its own sector's, trade and services have
// no output value of their own, and the farm sector may be written with tight hyphens.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-16' };

describe('sector items of a comma list', () => {
  const text = 'Kinh tế thị xã\n\nNăm 2023, tổng giá trị sản xuất ước đạt 3.815 tỷ đồng, tăng 7,6% so với năm 2022; trong đó nông-lâm-thủy sản tăng 4,2%, công nghiệp-xây dựng tăng 8,8%, thương mại-dịch vụ tăng 9,1%.';

  it('the farm sector written tight is the agricultural output value', () => {
    expect(figureAt(text, '4,2%', OPTS).indicator).toBe('agricultural_output_value');
  });

  it('industry keeps its own, services after it take none', () => {
    expect(figureAt(text, '8,8%', OPTS).indicator).toBe('industrial_output_value');
    expect(figureAt(text, '9,1%', OPTS).indicator).toBeUndefined();
  });

  it('a change after an amount of the same item stays that item\'s', () => {
    const own = 'Kinh tế huyện\n\nGiá trị sản xuất công nghiệp đạt 2.310 tỷ đồng, tăng 26,75% so với năm 2022.';
    expect(figureAt(own, '26,75%', OPTS).indicator).toBe('industrial_output_value');
  });

  it('a services item right after an industry amount in the same clause', () => {
    const listed = 'Kinh tế huyện\n\nGiá trị sản xuất công nghiệp - xây dựng đạt 1.250 tỷ đồng, thương mại - dịch vụ đạt 980 tỷ đồng.';
    expect(figureAt(listed, '980 tỷ', OPTS).indicator).toBeUndefined();
  });
});
