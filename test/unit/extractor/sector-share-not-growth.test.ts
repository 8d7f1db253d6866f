// "Quy mô nền kinh tế … đạt 195.400 tỷ đồng, với cơ cấu chuyển dịch tích cực: công nghiệp - xây dựng chiếm 44,1%, dịch
// vụ 36,2% và nông - lâm - thủy sản 12,3%": a sector's bare name before a level in per cent, as the next item of a list
// of sector shares, is that sector's share, not the economy's growth the size named before it suggests. The growth
// named by its own words after the shares stays the growth.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-09' };

describe('a sector named bare after sector shares', () => {
  it('is the last item\'s share', () => {
    const text = 'Chín tháng năm 2025, quy mô nền kinh tế của tỉnh theo giá hiện hành đạt 195.400 tỷ đồng, với cơ cấu chuyển dịch tích cực: công nghiệp - xây dựng chiếm 44,1%, dịch vụ 36,2% và nông - lâm - thủy sản 12,3%.';
    expect(figureAt(text, '36,2%', opts).indicator).toBe('sector_share');
    expect(figureAt(text, '12,3%', opts).indicator).toBe('sector_share');
  });

  it('leaves the growth named after the shares to the growth', () => {
    const text = 'Chín tháng năm 2025, quy mô nền kinh tế của tỉnh đạt 195.400 tỷ đồng, công nghiệp - xây dựng chiếm 44,1%, dịch vụ 36,2%; tốc độ tăng trưởng GRDP đạt 8,7%.';
    expect(figureAt(text, '8,7%', opts).indicator).toBe('grdp_growth');
  });
});
