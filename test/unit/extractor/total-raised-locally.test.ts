// "tổng thu trên địa bàn đạt 10.912 tỷ đồng" in a budget headline: the total raised in the place is the budget revenue,
// as "thu ngân sách trên địa bàn" is; a firm's "doanh thu" is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-12' };

describe('"tổng thu trên địa bàn"', () => {
  it('is the budget revenue', () => {
    const text = 'Phê chuẩn quyết toán ngân sách năm 2023: tổng thu trên địa bàn đạt 8.745 tỷ đồng';
    expect(figureAt(text, '8.745 tỷ đồng', opts).indicator).toBe('budget_revenue');
  });

  it('leaves a turnover without the budget id', () => {
    const text = 'Các cơ sở lưu trú có tổng doanh thu trên địa bàn đạt 1.245 tỷ đồng.';
    expect(figureAt(text, '1.245 tỷ đồng', opts).indicator).not.toBe('budget_revenue');
  });
});
