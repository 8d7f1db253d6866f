// "GRDP năm 2024 tăng 7,5% (năm 2023 tăng 11,2%)": a year that opens a bracket right after a figure is the period of the
// figures inside that bracket, not the year of the figure before it, and dates nothing after the bracket closes.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-20' };

describe('a year opening a bracket after a figure', () => {
  it('dates the figures inside the bracket', () => {
    const text = 'Tổng sản phẩm trên địa bàn tỉnh Bắc Giang (GRDP) năm 2024 tăng 7,5% (năm 2023 tăng 11,2%).';
    expectFigure(text, '11,2%', { kind: 'change', period: '2023', direction: 'up' }, opts);
    expectFigure(text, '7,5%', { period: '2024' }, opts);
  });
  it('dates nothing after the bracket closes', () => {
    const text = 'Tổng sản phẩm trên địa bàn tỉnh Bắc Giang (GRDP) năm 2024 tăng 7,5% (năm 2023 tăng 11,2%), thu ngân sách đạt 1.400 tỷ đồng.';
    expectFigure(text, '1.400 tỷ đồng', { period: '2024' }, opts);
  });
});
