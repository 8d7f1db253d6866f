// "Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP của Bắc Giang lên 61,4%": the share a sector holds in the GRDP is
// a sector share; the "GRDP" nearer the figure names the whole, not GRDP growth. Found by holdout19/005 (a national
// outlet comparing provinces).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-10' };

describe('a sector\'s share "trong GRDP" is a sector share', () => {
  it('the share and its change in points are sector_share', () => {
    const text = 'Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP của Bắc Giang lên 61,4%, tăng 3,2 điểm phần trăm so với năm 2023.';
    expectFigure(text, '61,4%', { indicator: 'sector_share' }, opts);
    expectFigure(text, '3,2 điểm', { indicator: 'sector_share' }, opts);
  });
  it('GRDP growth in the next sentence stays GRDP growth', () => {
    const text = 'Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP đạt 61,4%. Tăng trưởng GRDP của Bắc Giang đạt 13,85%.';
    expectFigure(text, '13,85%', { indicator: 'grdp_growth' }, opts);
  });
});
