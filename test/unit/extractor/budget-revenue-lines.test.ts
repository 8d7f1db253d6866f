// "Thu ngân sách … bằng 91,7% dự toán; riêng thu tiền sử dụng đất chỉ đạt 38% dự toán": the revenue lines that make
// up the budget's revenue (land-use fees, lottery, customs) are read as budget revenue, as "thu nội địa" already was.
// Pattern from holdout13 (and holdout4, where two annotators left it without an indicator).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('the lines of budget revenue', () => {
  it('land-use fees against their estimate', () => {
    expectFigure('Riêng thu tiền sử dụng đất chỉ đạt 38% dự toán.', '38%', { kind: 'attainment', indicator: 'budget_revenue' });
  });
  it('revenue from imports and exports', () => {
    expectFigure('Thu từ hoạt động xuất nhập khẩu đạt 15.775 tỷ đồng.', '15.775', { indicator: 'budget_revenue' });
  });
  it('land-use fees waived are no revenue', () => {
    expectFigure('Năm 2024, 120 hộ dân được miễn tiền sử dụng đất với tổng số tiền 12 tỷ đồng.', '12 tỷ', { indicator: undefined });
  });
});
