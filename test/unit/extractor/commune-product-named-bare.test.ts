// "Năm 2026, xã … phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng, tăng 10,66% so với năm 2025": a commune's
// product named bare before its verb is its GRDP, and the growth after it GRDP growth, as "tổng giá trị sản phẩm trên
// địa bàn" is; the value of a product per hectare is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"tổng giá trị sản phẩm" named bare', () => {
  const text = 'Xã Yên Lạc thông qua 18 chỉ tiêu\n\nNăm 2026, xã Yên Lạc đề ra 18 chỉ tiêu, trong đó phấn đấu tổng giá trị sản phẩm đạt hơn 3.200 tỷ đồng, tăng 9,5% so với năm 2025; thu ngân sách trên địa bàn đạt 64 tỷ đồng.';
  it('is the commune\'s product, and its rise the product\'s growth', () => {
    expect(figureAt(text, '3.200 tỷ đồng', { published: '2025-12-20' }).indicator).toBe('grdp');
    expect(figureAt(text, '9,5%', { published: '2025-12-20' }).indicator).toBe('grdp_growth');
    expect(figureAt(text, '64 tỷ đồng', { published: '2025-12-20' }).indicator).toBe('budget_revenue');
  });

  it('the value of products per hectare is no product of the commune', () => {
    const other = 'Xã Yên Lạc\n\nNăm 2025, giá trị sản phẩm trên 1 ha đất trồng trọt đạt 165 triệu đồng.';
    expect(figureAt(other, '165 triệu đồng', { published: '2025-12-20' }).indicator).not.toBe('grdp');
  });
});
