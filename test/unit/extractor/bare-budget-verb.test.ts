// After a paragraph on spending, "thành phố Biên Hòa thu 9 tháng ước đạt 6.840 tỷ đồng" and "huyện Long Thành thu 2.715 tỷ
// đồng" are revenue, as a place that "chi" an amount after a paragraph on revenue spent it; other words that open with
// "thu" ("thu hoạch", "thu hút") leave the side the paragraph carried.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-07' };

describe('the bare budget verb before an amount', () => {
  it('makes a place that collects after a spending paragraph raise revenue', () => {
    const text = 'Chi ngân sách địa phương 9 tháng ước 19.540 tỷ đồng, bằng 58,7% dự toán.\n\n' +
      'Tại các địa phương, thành phố Biên Hòa thu 9 tháng ước đạt 6.840 tỷ đồng, bằng 81,2% dự toán. Huyện Long Thành thu 2.715 tỷ đồng, vượt 8,6% dự toán năm.';
    expect(figureAt(text, '19.540 tỷ đồng', opts).indicator).toBe('budget_expenditure');
    expect(figureAt(text, '6.840 tỷ đồng', opts).indicator).toBe('budget_revenue');
    expect(figureAt(text, '81,2%', opts).indicator).toBe('budget_revenue');
    expect(figureAt(text, '2.715 tỷ đồng', opts).indicator).toBe('budget_revenue');
  });

  it('makes a place that spends after a revenue paragraph spend', () => {
    const text = 'Thu ngân sách 9 tháng ước đạt 39.870 tỷ đồng, bằng 76,4% dự toán.\n\nRiêng huyện Long Thành chi 1.215 tỷ đồng, bằng 70,2% dự toán.';
    expect(figureAt(text, '1.215 tỷ đồng', opts).indicator).toBe('budget_expenditure');
  });

  it('leaves the side carried when the word only opens with the verb', () => {
    const text = 'Chi ngân sách địa phương 9 tháng ước 19.540 tỷ đồng, bằng 58,7% dự toán. Trong đó, chi hỗ trợ nông dân sau thu hoạch 640 tỷ đồng.';
    expect(figureAt(text, '640 tỷ đồng', opts).indicator).toBe('budget_expenditure');
  });
});
