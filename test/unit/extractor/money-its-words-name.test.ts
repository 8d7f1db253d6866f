// Money whose own words say what it is, where no indicator measures that, takes none from before: the registered
// capital of new enterprises ("vốn đăng ký 9.870 tỷ đồng" after a paragraph on farm output or the budget), a trade
// balance ("cán cân thương mại xuất siêu 20,79 tỷ USD" after exports), lending ("tổng dư nợ … 512,3 tỷ đồng" after
// public investment), and money per someone ("1.500 USD/khách/chuyến", "1,5 triệu đồng/người/tháng") which is a
// total only per head. Seen in 27 unscored figures across the folders.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money named by its own words takes no indicator from before', () => {
  it('registered capital in đồng is not the budget revenue', () => {
    const text = 'Thu ngân sách đạt 1.085 tỉ đồng.\n\nHuyện thu hút thêm 46 dự án đầu tư trong nước với tổng vốn đăng ký 5.320 tỉ đồng.';
    expect(figureAt(text, '5.320 tỉ đồng').indicator).toBeUndefined();
  });
  it('a trade surplus is not exports, lending is not disbursement', () => {
    const trade = 'Kim ngạch xuất khẩu đạt 405,5 tỷ USD.\n\nCán cân thương mại xuất siêu khoảng 28 tỷ USD.';
    expect(figureAt(trade, '28 tỷ USD').indicator).toBeUndefined();
    const loans = 'Giải ngân vốn đầu tư công đạt 81,7%.\n\nNgân hàng Chính sách xã hội cho vay, tổng dư nợ đến 30/11/2024 đạt 512,3 tỷ đồng.';
    expect(figureAt(loans, '512,3 tỷ đồng').indicator).toBeUndefined();
  });
  it('deposits banks raised are not the trade the paragraph before spoke of', () => {
    const text = 'Kim ngạch nhập khẩu ước đạt trên 2,5 tỷ USD, tăng 53,4%. Tổng nguồn vốn huy động trên 63.800 tỷ đồng, tăng trên 5% so với năm 2020.';
    expect(figureAt(text, '63.800').indicator).toBeUndefined();
    expect(figureAt(text, '2,5 tỷ').indicator).toBe('import_value');
  });
  it('spending per visitor is not tourism revenue', () => {
    const text = 'Tổng thu từ du lịch đạt 770.000 tỷ đồng. Chi tiêu bình quân của khách quốc tế đạt khoảng 1.500 USD/khách/chuyến.';
    expect(figureAt(text, '1.500 USD/khách/chuyến').indicator).toBeUndefined();
  });
  it('registered capital in dollars stays FDI, a budget total stays revenue, income per head stays', () => {
    const fdi = 'Vốn FDI đạt 2,1 tỷ USD. Trong đó, cấp mới 142 dự án với tổng vốn đăng ký 1,52 tỷ USD.';
    expect(figureAt(fdi, '1,52 tỷ USD').indicator).toBe('fdi');
    const budget = 'Thu ngân sách đạt 1.085 tỉ đồng.\n\nRiêng thành phố đạt 312 tỉ đồng.';
    expect(figureAt(budget, '312 tỉ đồng').indicator).toBe('budget_revenue');
    const income = 'Thu nhập bình quân đầu người của người dân đạt 5,2 triệu đồng/người/tháng.';
    expect(figureAt(income, '5,2 triệu đồng/người/tháng').indicator).toBe('income_per_capita');
  });
});
