// (revenue-visitors-brought) "doanh thu bán lẻ tháng 10 tăng 18%, lượng khách du lịch đạt 1,32 triệu lượt (tăng 17%), doanh thu đạt 4.113 tỷ
// đồng": a bare revenue right after the visitors (their change in brackets between, or "thu về" with no noun) is what
// the visitors brought, whatever other revenue the sentence named before them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('revenue right after the visitors', () => {
  it('after the count and its change in brackets', () => {
    const text = 'Tỉnh đón 2,4 triệu lượt khách du lịch (tăng 12%), doanh thu đạt 3.150 tỷ đồng (tăng 20%).';
    expect(figureAt(text, '3.150').indicator).toBe('tourism_revenue');
    expect(figureAt(text, '20%').indicator).toBe('tourism_revenue');
  });

  it('money the visitors brought, with no noun', () => {
    expect(figureAt('Tính chung 9 tháng, huyện đón hơn 650.000 lượt khách, thu về gần 1.200 tỷ đồng.', '1.200').indicator).toBe('tourism_revenue');
  });

  it('retail named earlier in the sentence does not take it', () => {
    const text = 'Doanh thu bán lẻ hàng hóa tăng 9%, thành phố đón 870.000 lượt khách, doanh thu ước đạt 2.050 tỷ đồng.';
    expect(figureAt(text, '2.050').indicator).toBe('tourism_revenue');
    expect(figureAt(text, '9%').indicator).toBe('retail_sales');
  });

  it('retail named after the visitors stays retail', () => {
    expect(figureAt('Thành phố đón 870.000 lượt khách, tổng mức bán lẻ hàng hóa đạt 12.400 tỷ đồng.', '12.400').indicator).toBe('retail_sales');
  });
});
