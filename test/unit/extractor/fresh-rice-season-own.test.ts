// "giá lúa tươi Hè Thu … tăng 500 - 800 đồng/kg so với vụ lúa Đông Xuân": the crop named by its season, fresh or dry,
// is the figure's own season, so another season it is compared with is the one before (previous_period).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-07-12' };

describe('fresh rice named by its season', () => {
  it('compared with the season before', () => {
    const text = 'Tại huyện Cầu Kè, giá lúa tươi Hè Thu được thương lái mua 6.200 đồng/kg, tăng 400 đồng/kg so với vụ Đông Xuân.';
    expect(figureAt(text, '400', opts).base).toBe('previous_period');
  });

  it('compared with the same season a year before', () => {
    const text = 'Tại huyện Cầu Kè, giá lúa tươi Hè Thu được thương lái mua 6.200 đồng/kg, tăng 400 đồng/kg so với vụ Hè Thu năm trước.';
    expect(figureAt(text, '400', opts).base).toBe('same_period');
  });
});
