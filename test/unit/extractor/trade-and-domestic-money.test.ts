// Two indicators the project added were missing from the money units: trade_value ("Tổng kim ngạch xuất, nhập khẩu
// đạt 683 tỷ USD" took retail sales from the sentence before) and domestic_investment ("Về đầu tư trong nước, tỉnh
// cấp mới và điều chỉnh 18 dự án với tổng vốn 5.120 tỷ đồng" took FDI from the paragraph before). A trade balance
// reaching back past its own clause to a name of trade is none of them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('trade and domestic investment money', () => {
  it('the sum of exports and imports is trade_value, not the retail sales before it', () => {
    const text = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 6.231,8 nghìn tỷ đồng, tăng 9,6%. Tổng kim ngạch xuất, nhập khẩu đạt 683 tỷ USD, giảm 6,6%.';
    expect(figureAt(text, '683 tỷ USD').indicator).toBe('trade_value');
    expect(figureAt(text, '6.231,8 nghìn tỷ đồng').indicator).toBe('retail_sales');
  });
  it('domestic investment is not FDI', () => {
    const text = 'Tỉnh cấp mới 41 dự án FDI với tổng vốn 684 triệu USD.\n\nVề đầu tư trong nước, tỉnh cấp mới và điều chỉnh 18 dự án với tổng vốn 5.120 tỷ đồng, giảm 12,4%.';
    expect(figureAt(text, '5.120 tỷ đồng').indicator).toBe('domestic_investment');
    expect(figureAt(text, '684 triệu USD').indicator).toBe('fdi');
  });
  it('a trade surplus after a clause about trade is none', () => {
    const text = 'Tổng kim ngạch xuất, nhập khẩu đạt 578,47 tỷ USD, tăng 16,3%; cán cân thương mại xuất siêu 20,79 tỷ USD.';
    expect(figureAt(text, '20,79 tỷ USD').indicator).toBeUndefined();
  });
});
