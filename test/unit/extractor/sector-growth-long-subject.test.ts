// A sector's growth told at some length after its name ("ngành công nghiệp - ngành chủ lực của tỉnh có sự phục hồi và
// tăng trưởng tích cực với mức tăng 14,8% trong quý II") is still that sector's, not the province's GRDP growth.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-09' };

describe('a sector\'s growth after a long subject', () => {
  it('the industry sector, described before its rise', () => {
    const text = 'Kinh tế\n\nGRDP 6 tháng đầu năm 2024 tăng 4,1% so với cùng kỳ. Đặc biệt, ngành công nghiệp - ngành chủ lực của tỉnh có sự phục hồi và tăng trưởng rõ rệt với mức tăng 12,6% trong quý II.';
    expect(figureAt(text, '12,6%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '4,1%', OPTS).indicator).toBe('grdp_growth');
  });

  it('the economy\'s growth credited to a sector stays the GRDP\'s', () => {
    const text = 'Kinh tế\n\nNhờ sự phục hồi của ngành công nghiệp và du lịch mà GRDP 6 tháng của tỉnh tăng 6,2%.';
    expect(figureAt(text, '6,2%', OPTS).indicator).toBe('grdp_growth');
  });
});
