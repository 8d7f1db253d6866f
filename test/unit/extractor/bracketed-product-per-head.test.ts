// "Tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người … đạt 54,9 triệu đồng": the name, its bracketed abbreviation and
// the per-head words name GRDP per head, in money per person per year, not the size of the economy. Found by
// holdout86/001 (Báo Nghệ An on income and product per head in 2023).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-20' };

describe('bracketed product per head', () => {
  it('reads the product per head across the bracketed abbreviation', () => {
    const text = 'Tỉnh Hà Tĩnh\n\nNăm 2023, tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người ước đạt 71,3 triệu đồng, tăng 5,2 triệu đồng so với năm 2022.\n';
    const level = figureAt(text, '71,3 triệu đồng', opts);
    expect([level.indicator, level.unit]).toEqual(['grdp_per_capita', 'VND/người/năm']);
    expect(figureAt(text, '5,2 triệu đồng', opts).indicator).toBe('grdp_per_capita');
  });
  it('leaves the size of the economy named with its bracket', () => {
    const text = 'Tỉnh Hà Tĩnh\n\nNăm 2023, tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành ước đạt 112.450 tỷ đồng, bình quân đầu người đạt cao.\n';
    const size = figureAt(text, '112.450 tỷ đồng', opts);
    expect([size.indicator, size.unit]).toEqual(['grdp', 'VND']);
  });
});
