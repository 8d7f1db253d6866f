// A year-end report breaks the budget revenue down by who pays it: "Thu từ khu vực công thương nghiệp ngoài quốc doanh
// đạt 186 tỷ đồng", "thu từ doanh nghiệp nhà nước trung ương tăng 8%". Those lines are budget revenue, as "thu nội địa"
// and "thu tiền sử dụng đất" are; the private sector's own business ("doanh thu của khu vực ngoài quốc doanh") is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20', locality: 'thành phố Lạng Sơn' };

describe('revenue named by the sector that pays it is budget revenue', () => {
  it('"Thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 186 tỷ đồng"', () => {
    const text = 'Năm 2024, thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 186 tỷ đồng, bằng 109% dự toán.';
    expect(figureAt(text, '186 tỷ', opts).indicator).toBe('budget_revenue');
    expect(figureAt(text, '109%', opts).indicator).toBe('budget_revenue');
  });
  it('"thu từ doanh nghiệp nhà nước trung ương tăng 8%"', () => {
    const text = 'Năm 2024, thu từ doanh nghiệp nhà nước trung ương tăng 8% so với năm 2023.';
    expect(figureAt(text, '8%', opts).indicator).toBe('budget_revenue');
  });
  it('the private sector\'s sales are no budget revenue', () => {
    const text = 'Năm 2024, doanh thu của các doanh nghiệp ngoài quốc doanh đạt 4.200 tỷ đồng.';
    expect(figureAt(text, '4.200 tỷ', opts).indicator).not.toBe('budget_revenue');
  });
});
