// A sentence about capital drawn from investors ("thu hút đầu tư", "vốn ngoài ngân sách", "dự án điều chỉnh tăng vốn")
// after one about the budget or GRDP: the money is investors', not the budget's or the economy's carried from before.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-06' };
const budget = 'Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 9.870 tỷ đồng, bằng 81% dự toán.\n\n';

describe('capital drawn from investors', () => {
  it('does not take the budget topic of the paragraph before', () => {
    const text = `${budget}Thu hút đầu tư từ nguồn vốn ngoài ngân sách đạt kết quả tốt, đạt 15.200 tỷ đồng.`;
    expectFigure(text, '15.200 tỷ đồng', { indicator: undefined }, opts);
  });
  it('nor when the amount sums new and enlarged projects', () => {
    const text = `${budget}Trong kỳ có 41 dự án mới và 17 dự án điều chỉnh tăng vốn, tổng vốn cấp mới và tăng thêm 6.300 tỷ đồng.`;
    expectFigure(text, '6.300 tỷ đồng', { indicator: undefined }, opts);
  });
  it('keeps the budget for revenue named in its own words', () => {
    const text = `${budget}Riêng thu nội địa đạt 8.950 tỷ đồng, bằng 84% dự toán.`;
    expectFigure(text, '8.950 tỷ đồng', { indicator: 'budget_revenue' }, opts);
  });
});
