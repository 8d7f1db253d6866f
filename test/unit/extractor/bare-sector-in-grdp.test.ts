// "GRDP quý III-2025 tăng 6,88% … Trong đó, nông-lâm nghiệp và thủy sản tăng 2,26%; công nghiệp và xây dựng tăng
// 11,06%; dịch vụ tăng 7,30%": a sector named bare, opening its clause right before its verb, grows as a part of the
// GRDP, which no indicator id measures; it is not the GRDP's growth. The GRDP's own growth stays.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-08' };
const TEXT = 'Tổng sản phẩm địa phương (GRDP) quý III-2025 tăng 6,88% so với cùng kỳ năm trước, xếp vị trí thứ 26/34 tỉnh, thành phố. Trong đó, nông-lâm nghiệp và thủy sản tăng 2,26%; công nghiệp và xây dựng tăng 11,06%; dịch vụ tăng 7,30%.';

describe('a sector named bare inside the GRDP', () => {
  it('its growth is no GRDP growth', () => {
    expect(figureAt(TEXT, '2,26%', OPTS).indicator).toBeUndefined();
    expect(figureAt(TEXT, '11,06%', OPTS).indicator).toBeUndefined();
    expect(figureAt(TEXT, '7,30%', OPTS).indicator).toBeUndefined();
  });

  it('the GRDP\'s growth stays', () => {
    expect(figureAt(TEXT, '6,88%', OPTS)).toMatchObject({ indicator: 'grdp_growth', kind: 'change', period: '2025-Q3' });
  });

  it('"Riêng công nghiệp tăng …" after the GRDP is a sector too', () => {
    const text = 'GRDP 9 tháng năm 2025 ước tăng 7,31% so với cùng kỳ năm trước. Riêng công nghiệp tăng 12,76%.';
    expect(figureAt(text, '12,76%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '7,31%', OPTS).indicator).toBe('grdp_growth');
  });
});
