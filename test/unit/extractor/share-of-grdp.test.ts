// "du lịch chiếm khoảng 20 - 25% GRDP": a share of the GRDP is a sector's share, whatever word names the sector.
// Pattern from holdout9.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('"chiếm X% GRDP" is a sector share', () => {
  run([
    ['a range after "chiếm khoảng"', 'Đến năm 2030, du lịch chiếm khoảng 20 - 25% GRDP.', '20 - 25', { value: 20, high: 25, indicator: 'sector_share' }],
    ['"chiếm X% trong GRDP"', 'Kinh tế số chiếm 12% trong GRDP của tỉnh.', '12', { value: 12, indicator: 'sector_share' }],
    ['a GRDP growth is still growth', 'Tăng trưởng GRDP đạt 8,5%.', '8,5', { value: 8.5, indicator: 'grdp_growth' }],
  ]);
  it('a share of the exports is no sector share', () => {
    expect(figureAt('Sản phẩm dừa chiếm trên 40% kim ngạch xuất khẩu toàn tỉnh.', '40').indicator).not.toBe('sector_share');
  });
});
