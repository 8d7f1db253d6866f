// "khu vực Long An cũ" is a former province inside the merged one, a part of the territory: a share it holds is not a
// sector's share of the economy. "khu vực dịch vụ" still names a sector.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"khu vực" before a former unit', () => {
  it('names a part of the territory, not a sector', () => {
    const text = 'Trong 6 tháng, tỉnh thu hút 1,34 tỷ USD vốn FDI. Riêng khu vực Long An cũ thu hút 1,05 tỷ USD, chiếm 78,4%.';
    expect(figureAt(text, '78,4%', { published: '2026-07-08' }).indicator).not.toBe('sector_share');
  });

  it('a sector after "khu vực" still takes its share of the economy', () => {
    const text = 'Trong cơ cấu kinh tế năm 2025, khu vực dịch vụ chiếm 45,2%.';
    expect(figureAt(text, '45,2%', { published: '2026-01-08' }).indicator).toBe('sector_share');
  });
});
