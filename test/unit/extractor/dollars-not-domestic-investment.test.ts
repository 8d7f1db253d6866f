// Domestic investment is registered in đồng: dollars after a clause that named it ("… và 3.000 tỷ đồng vốn trong nước;
// … cần thu hút thêm khoảng 240 triệu USD") are the foreign capital named before, while đồng there stay domestic.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-07-10' };

describe('dollars are never domestic investment', () => {
  const text = 'Thu hút đầu tư vào các KCN\n\nNăm 2025, tỉnh phấn đấu thu hút 800 triệu USD vốn FDI và 3.000 tỷ đồng vốn trong nước vào các KCN; như vậy 6 tháng cuối năm cần thu hút thêm khoảng 240 triệu USD.';

  it('dollars after the domestic capital are FDI', () => {
    expect(figureAt(text, '240 triệu USD', OPTS)).toMatchObject({ indicator: 'fdi' });
  });

  it('đồng named as domestic capital stay domestic', () => {
    expect(figureAt(text, '3.000 tỷ đồng', OPTS)).toMatchObject({ indicator: 'domestic_investment' });
  });
});
