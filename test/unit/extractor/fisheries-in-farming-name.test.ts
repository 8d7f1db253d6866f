// "nông – lâm – thủy sản ước đạt 764 tỷ đồng, đạt 33,27%": the fisheries that close the farming sector's name belong to
// that name; the share after it is no catch or farmed output.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('"thủy sản" closing the farming sector\'s name', () => {
  it('gives no fisheries output to the share after it', () => {
    const text = 'Năm 2024, tổng giá trị sản xuất ước đạt 3.120 tỷ đồng, trong đó nông - lâm - thủy sản ước đạt 905 tỷ đồng, chiếm 29%.';
    expect(figureAt(text, '29%', opts).indicator).not.toBe('aquaculture_output');
  });

  it('fisheries named alone stay fisheries', () => {
    const text = 'Năm 2024, sản lượng thủy sản ước đạt 21.400 tấn, tăng 3,2%.';
    expect(figureAt(text, '21.400 tấn', opts).indicator).toBe('aquaculture_output');
  });
});
