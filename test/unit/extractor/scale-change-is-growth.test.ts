// "GRDP ước đạt 114.792 tỷ đồng, tăng 8,01% so với cùng kỳ": the per cent after the scale is the growth of GRDP, which the
// spec files under grdp_growth; the scale itself, or a move of it in times, stays grdp.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('a per-cent change of the GRDP scale', () => {
  it('is the growth rate of GRDP', () => {
    const text = 'Quy mô kinh tế tỉnh năm nay ước đạt 86.400 tỷ đồng (GRDP), tăng 6,7% so với cùng kỳ năm trước.';
    expectFigure(text, '6,7%', { kind: 'change', indicator: 'grdp_growth' }, opts);
  });
  it('leaves the scale itself and a move in times as GRDP', () => {
    const text = 'Tổng sản phẩm trên địa bàn (GRDP) năm 2025 đạt 86.400 tỷ đồng, gấp 1,6 lần năm 2020.';
    expectFigure(text, '86.400 tỷ đồng', { indicator: 'grdp' }, opts);
    expectFigure(text, '1,6 lần', { indicator: 'grdp' }, opts);
  });
});
