// "châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh) tăng 12,09%": export reports give a market's
// or a product's share of the export total with the word the economy's structure uses ("tỷ trọng"). A share of
// exports, of a capital total or of a revenue total is no sector's share of the economy; a share of the export total
// is a share of exports, as "chiếm 28% tổng kim ngạch xuất khẩu" is (share-of-trade.test.ts). Pattern from a real
// provincial export page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-20' };

describe('a share of an export, capital or revenue total is no sector share', () => {
  it('a market\'s share of the export total is a share of exports', () => {
    const text = 'Thị trường Hoa Kỳ (chiếm tỷ trọng 31,5% trong tổng kim ngạch xuất khẩu của tỉnh) tăng 18,2%.';
    expectFigure(text, '31,5%', { indicator: 'export_value' }, pub);
  });
  it('a sector\'s share of the investment total', () => {
    const text = 'Vốn đầu tư vào ngành công nghiệp chiếm tỷ trọng 62% tổng vốn đăng ký.';
    expectFigure(text, '62%', { indicator: undefined }, pub);
  });
});

describe('what stays a sector share', () => {
  it('a sector\'s share of the GRDP', () => {
    expectFigure('Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP chiếm 38,5%.', '38,5%', { indicator: 'sector_share' }, pub);
  });
});
