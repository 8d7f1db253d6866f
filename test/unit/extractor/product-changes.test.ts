// "Các sản phẩm chủ lực như lọc hóa dầu tăng 23,01%; sắt thép tăng 30,34%": the changes of products a paragraph on
// industry lists are those products' own output, not the industry's output value or index it spoke of before (the
// corpora leave them without an indicator). Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-09-20' };
const PARAGRAPH = 'Sản xuất công nghiệp tiếp tục tăng khá. Các sản phẩm chủ lực như xi măng tăng 12,4%; phân bón tăng 8,1%; bia giảm 3,2%.';

describe('changes of products named in their own words or heading take no industry topic', () => {
  it('the first product after "các sản phẩm chủ lực như"', () => {
    expectFigure(PARAGRAPH, '12,4%', { indicator: undefined }, pub);
  });
  it('the products after it, set off by semicolons', () => {
    expectFigure(PARAGRAPH, '8,1%', { indicator: undefined }, pub);
    expectFigure(PARAGRAPH, '3,2%', { indicator: undefined }, pub);
  });
  it('"tổng sản phẩm trên địa bàn" is the GRDP, not a product', () => {
    expectFigure('Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng tăng 7,8%.', '7,8%', { indicator: 'grdp_growth' }, pub);
  });
  it('an export commodity list keeps its trade value ("Gỗ và sản phẩm gỗ: 16,3 tỉ USD (+20,5%)")', () => {
    expectFigure('Kim ngạch xuất khẩu một số nhóm hàng chủ lực năm 2024:\n- Gỗ và sản phẩm gỗ: 16,3 tỉ USD (+20,5%)', '20,5%', { indicator: 'export_value' }, pub);
  });
  it('the industry\'s own change in the sentence before keeps its name', () => {
    expectFigure('Giá trị sản xuất công nghiệp tăng 9,6%. Các sản phẩm chủ lực như xi măng tăng 12,4%.', '9,6%', { indicator: 'industrial_output_value' }, pub);
  });
});
