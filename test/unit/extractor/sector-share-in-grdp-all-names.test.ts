// "Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP còn 5,8%": a sector's share of the GRDP, whatever spelling of
// the sector's name; the GRDP named after the sector is the whole it divides, not a growth rate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a sector\'s share in the GRDP', () => {
  it('is a sector share under each spelling of the sector', () => {
    expect(figureAt('Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP còn 6,2%.', '6,2%').indicator).toBe('sector_share');
    expect(figureAt('Tỷ trọng ngành thương mại - dịch vụ trong GRDP đạt 41,3%.', '41,3%').indicator).toBe('sector_share');
    expect(figureAt('Tỷ trọng khu vực công nghiệp và xây dựng trong GRDP đạt 44,1%.', '44,1%').indicator).toBe('sector_share');
  });

  it('the GRDP\'s own growth is still its growth', () => {
    expect(figureAt('Tốc độ tăng trưởng GRDP đạt 8,2%.', '8,2%').indicator).toBe('grdp_growth');
  });
});
