// "thu từ hoạt động xuất nhập khẩu 9.550 tỷ đồng, bằng 83,4% dự toán": a share of the plan right after a figure of its
// clause measures that figure, as a change after one does, even when the words before name another topic. Found
// probing a northern budget report after holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'Tổng thu ngân sách 10 tháng ước đạt 41.200 tỷ đồng. Trong đó: thu nội địa 31.650 tỷ đồng, bằng 101,2% dự toán; thu từ hoạt động xuất nhập khẩu 9.550 tỷ đồng, bằng 83,4% dự toán.';

describe('an attainment right after a figure of its clause', () => {
  it('takes that figure\'s indicator', () => {
    expectFigure(text, '83,4', { kind: 'attainment', indicator: 'budget_revenue' });
  });
  it('the figure it follows keeps its own', () => {
    expectFigure(text, '9.550', { indicator: 'budget_revenue' });
  });
  it('an attainment that opens its clause keeps the indicator its words name', () => {
    expectFigure('Thu ngân sách đạt 41.200 tỷ đồng; giải ngân vốn đầu tư công đạt 66,2% kế hoạch.', '66,2', { indicator: 'public_investment_disbursement' });
  });
});
