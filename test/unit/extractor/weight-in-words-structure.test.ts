// "… những tỉnh có du lịch chiếm tỷ trọng lớn trong cơ cấu kinh tế." weighs a sector in words: the structure named after
// the weight is the whole it is weighed in, no share with a value. A paragraph of growth rates after it takes nothing
// from it. A share given with its value still names the structure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a structure named after a weight in words', () => {
  it('gives the growth rates after it no sector share', () => {
    const text = 'Tăng trưởng GRDP quý I của các tỉnh miền Trung\n\n' +
      'Khánh Hòa tăng 9,2%; Quảng Nam tăng 4,1%. Đây là những tỉnh có du lịch chiếm tỷ trọng cao trong cơ cấu kinh tế.\n\n' +
      'Xét theo vùng, Tây Nguyên có mức tăng thấp nhất, chỉ đạt 4,6%; Đông Nam Bộ đạt 6,2%.';
    expect(figureAt(text, '4,6%').indicator).toBe('grdp_growth');
    expect(figureAt(text, '6,2%').indicator).toBe('grdp_growth');
  });

  it('keeps a structure whose share is given with its value', () => {
    const text = 'Kinh tế tỉnh năm 2024\n\nCơ cấu kinh tế chuyển dịch tích cực: công nghiệp - xây dựng chiếm 41,2%, dịch vụ chiếm 38,5%.';
    expect(figureAt(text, '41,2%').indicator).toBe('sector_share');
  });
});
