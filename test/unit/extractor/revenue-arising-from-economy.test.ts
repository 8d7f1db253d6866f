// Quảng Nam's papers count "thu phát sinh kinh tế" (the revenue the local economy gives rise to) as budget revenue:
// "Thu phát sinh kinh tế 9 tháng qua đạt hơn 102% dự toán tỉnh giao".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('revenue arising from the economy', () => {
  it('is budget revenue', () => {
    expect(figureAt('Thu phát sinh kinh tế 9 tháng qua đạt hơn 104% dự toán tỉnh giao.', '104%').indicator).toBe('budget_revenue');
    expect(figureAt('Tổng thu ngân sách phát sinh trên địa bàn đạt 512 tỷ đồng.', '512 tỷ đồng').indicator).toBe('budget_revenue');
  });

  it('a cost arising is not', () => {
    expect(figureAt('Chi phí phát sinh 12 tỷ đồng.', '12 tỷ đồng').indicator).toBeUndefined();
  });
});
