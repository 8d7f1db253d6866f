// A district reports its economy's make-up by the split of its output value ("Cơ cấu giá trị sản xuất của các ngành kinh
// tế chuyển dịch đúng hướng; nông, lâm, thủy sản chiếm 31,4%, công nghiệp - xây dựng chiếm 37,8%"): each share is the
// sector share, as a province's GRDP structure is, not the output value of the sector it names.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the structure of a district\'s output value', () => {
  it('gives each sector\'s share', () => {
    const text = 'Cơ cấu giá trị sản xuất của các ngành kinh tế chuyển dịch tích cực; nông, lâm, thủy sản chiếm 28,6%, công nghiệp - xây dựng chiếm 40,1%, dịch vụ chiếm 31,3%.';
    expect(figureAt(text, '28,6%').indicator).toBe('sector_share');
    expect(figureAt(text, '40,1%').indicator).toBe('sector_share');
    expect(figureAt(text, '31,3%').indicator).toBe('sector_share');
  });

  it('a farming branch\'s part of the farm output is not', () => {
    const text = 'Giá trị sản xuất nông nghiệp đạt 2.150 tỷ đồng, trong đó chăn nuôi chiếm 43,5%.';
    expect(figureAt(text, '43,5%').indicator).toBeUndefined();
  });
});
