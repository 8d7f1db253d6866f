// "Tổng vốn đầu tư toàn xã hội ước 21.950 tỷ đồng, chiếm 36,8% GRDP": investment weighed against the GRDP is investment's
// share, not a sector's; "du lịch chiếm khoảng 20 - 25% GRDP" is still a sector's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of the GRDP', () => {
  it('after investment or revenue keeps that measure', () => {
    const text = `Tỉnh Vĩnh Long

Năm 2022, tổng vốn đầu tư toàn xã hội ước 21.950 tỷ đồng, chiếm 36,8% GRDP. Thu ngân sách trên địa bàn đạt 6.532 tỷ đồng, chiếm 9,5% GRDP.`;
    expect(figureAt(text, '36,8%').indicator).toBe('social_investment');
    expect(figureAt(text, '9,5%').indicator).toBe('budget_revenue');
  });

  it('after a sector is a sector share', () => {
    const text = 'Tỉnh Vĩnh Long\n\nNăm 2022, khu vực dịch vụ chiếm 38,4% GRDP; du lịch chiếm khoảng 5% GRDP.';
    expect(figureAt(text, '38,4%').indicator).toBe('sector_share');
    expect(figureAt(text, '5%').indicator).toBe('sector_share');
  });
});
