// "Khu vực nông, lâm nghiệp và thủy sản ước đạt 9.120 tỷ đồng, tăng 3,1%": a sector named as its sentence's subject,
// ahead of its own value and growth, is a part of the economy, not the province's GRDP (the corpora leave a sector's
// value and growth without an indicator). Also when the sector follows the GRDP's own figure in its clause.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-20' };

describe('a sector as the subject of its value and growth takes no GRDP indicator', () => {
  it('the farming sector\'s value and growth after a sentence on the GRDP', () => {
    const text = 'Năm 2025, GRDP của tỉnh ước đạt 58.400 tỷ đồng, tăng 7,6%. Khu vực nông, lâm nghiệp và thủy sản ước đạt 8.730 tỷ đồng, tăng 2,9%.';
    expectFigure(text, '8.730 tỷ đồng', { indicator: undefined, modality: 'estimate' }, pub);
    expectFigure(text, '2,9%', { indicator: undefined, kind: 'change' }, pub);
  });
  it('services after the GRDP growth, in the same sentence, after "trong đó"', () => {
    const text = 'GRDP năm 2025 tăng 8,3%; trong đó khu vực dịch vụ ước đạt 14.250 tỷ đồng, tăng 9,6%.';
    expectFigure(text, '14.250 tỷ đồng', { indicator: undefined }, pub);
    expectFigure(text, '9,6%', { indicator: undefined }, pub);
  });
  it('a sector after the GRDP\'s own figure in its clause, behind a comma', () => {
    const text = 'GRDP 9 tháng ước tăng 10,85%, trong đó khu vực dịch vụ tăng 13,4%.';
    expectFigure(text, '13,4%', { indicator: undefined }, pub);
  });
  it('"Giá trị tăng thêm khu vực công nghiệp, xây dựng" with a comma inside the sector\'s name', () => {
    const text = 'Tăng trưởng GRDP năm 2025 ước đạt 8,1%. Giá trị tăng thêm khu vực công nghiệp, xây dựng ước đạt 16.980 tỷ đồng, tăng 12,7%.';
    expectFigure(text, '16.980 tỷ đồng', { indicator: undefined }, pub);
    expectFigure(text, '12,7%', { indicator: undefined }, pub);
  });
  it('the GRDP itself, before the sector, keeps its indicators', () => {
    const text = 'GRDP năm 2025 ước đạt 58.400 tỷ đồng, tăng 7,6%, trong đó khu vực dịch vụ tăng 9,1%.';
    expectFigure(text, '58.400 tỷ đồng', { indicator: 'grdp' }, pub);
    expectFigure(text, '7,6%', { indicator: 'grdp_growth' }, pub);
  });
  it('a sector\'s share of the GRDP stays a sector share', () => {
    const text = 'GRDP năm 2025 ước đạt 58.400 tỷ đồng, tăng 7,6%; khu vực dịch vụ chiếm 41,3%.';
    expectFigure(text, '41,3%', { indicator: 'sector_share' }, pub);
  });
  it('an amount of one service after retail sales stays a part of that total', () => {
    const text = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 20.400 tỷ đồng, tăng 11%. Trong đó, doanh thu ngành dịch vụ lưu trú ước đạt 1.200 tỷ đồng.';
    expectFigure(text, '1.200 tỷ đồng', { indicator: 'retail_sales' }, pub);
  });
  it('a sector\'s output value the lexicon names keeps its indicator', () => {
    const text = 'GRDP năm 2025 tăng 7,6%. Giá trị sản xuất ngành nông nghiệp ước đạt 12.300 tỷ đồng, tăng 3,4%.';
    expectFigure(text, '12.300 tỷ đồng', { indicator: 'agricultural_output_value' }, pub);
    expectFigure(text, '3,4%', { indicator: 'agricultural_output_value' }, pub);
  });
});
