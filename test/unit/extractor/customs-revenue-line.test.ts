// A line of budget revenue named short, "thu xuất nhập khẩu là 3.224 tỷ đồng, đạt 59%", is the revenue from trade
// duties, not the value of the trade.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-09' };

describe('revenue from import and export duties', () => {
  it('"thu xuất nhập khẩu" beside "thu nội địa"', () => {
    const text = 'Kinh tế\n\nTổng thu ngân sách nhà nước 6 tháng là 9.840 tỷ đồng, đạt 49,6% dự toán; trong đó, thu nội địa 8.100 tỷ đồng, đạt 48,2% và thu xuất nhập khẩu là 1.740 tỷ đồng, đạt 61%.';
    expect(figureAt(text, '1.740 tỷ', OPTS).indicator).toBe('budget_revenue');
    expect(figureAt(text, '61%', OPTS)).toMatchObject({ indicator: 'budget_revenue', kind: 'attainment' });
  });

  it('the trade itself stays trade', () => {
    const text = 'Kinh tế\n\nKim ngạch xuất nhập khẩu 6 tháng đạt 2,1 tỷ USD.';
    expect(figureAt(text, '2,1 tỷ USD', OPTS).indicator).toBe('trade_value');
  });
});
