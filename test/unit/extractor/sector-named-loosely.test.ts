// "GRDP 9 tháng ước tăng 8,61%. Trong đó, … riêng lĩnh vực công nghiệp tăng 15,15%. Khu vực dịch vụ tiếp tục duy trì
// ổn định với mức tăng trưởng 7,63%": provincial reports name a sector with "lĩnh vực" as well as "khu vực"/"ngành",
// join "công nghiệp – xây dựng" with a dash, and put a few more words between the sector and its growth, sometimes a
// bare "tăng trưởng". Each is that sector's growth, not the GRDP growth. Pattern from a real provincial 9-month report.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-07' };

describe('a sector\'s growth named loosely is no GRDP growth', () => {
  it('"lĩnh vực công nghiệp tăng X%" after the GRDP', () => {
    const text = 'Tốc độ tăng trưởng GRDP 9 tháng ước đạt 7,9%, riêng lĩnh vực công nghiệp tăng 12,4%.';
    expectFigure(text, '12,4%', { indicator: undefined }, pub);
  });
  it('"Khu vực dịch vụ … với mức tăng trưởng X%" in a sentence of its own', () => {
    const text = 'Tốc độ tăng trưởng GRDP 9 tháng ước đạt 7,9%. Khu vực dịch vụ tiếp tục duy trì ổn định với mức tăng trưởng 6,8%.';
    expectFigure(text, '6,8%', { indicator: undefined }, pub);
  });
  it('"công nghiệp – xây dựng" joined by a dash', () => {
    const text = 'GRDP 9 tháng ước tăng 7,9%; khu vực công nghiệp – xây dựng tăng 10,2%.';
    expectFigure(text, '10,2%', { indicator: undefined }, pub);
  });
});

describe('what stays the GRDP growth', () => {
  it('the economy named after the sector', () => {
    const text = 'Nhờ khu vực dịch vụ phục hồi, tốc độ tăng trưởng GRDP 9 tháng đạt 7,2%.';
    expectFigure(text, '7,2%', { indicator: 'grdp_growth' }, pub);
  });
});
