// "(từ ngày 1/7/2025 đến ngày 30/6/2026)": a year of the new local government spans two calendar years, like a school
// year, and "Trong một năm, …" later speaks of it again. A stretch inside one year keeps its months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Chiều 2/7, phường Hải Châu sơ kết một năm thực hiện mô hình chính quyền địa phương hai cấp (từ ngày 1/7/2025 đến ngày 30/6/2026).\n\n';

describe('a year across two calendar years', () => {
  it('dates the page\'s figures to 2025/2026', () => {
    const text = `${LEAD}Bộ phận một cửa của phường đã tiếp nhận 41.260 hồ sơ thủ tục hành chính.`;
    expect(figureAt(text, '41.260').period).toBe('2025/2026');
  });

  it('"Trong một năm," after a half-year paragraph goes back to that year', () => {
    const text = `${LEAD}Trong 6 tháng cuối năm 2025, thu ngân sách trên địa bàn phường đạt 412,6 tỷ đồng.\n\n` +
      'Trong một năm, phường chi trả trợ cấp thường xuyên cho 1.830 đối tượng bảo trợ xã hội.';
    expect(figureAt(text, '412,6 tỷ đồng').period).toBe('2025-H2');
    expect(figureAt(text, '1.830').period).toBe('2025/2026');
  });

  it('a stretch inside one year stays a part of that year', () => {
    const text = 'Từ ngày 1/7/2025 đến ngày 31/12/2025, phường tiếp nhận 21.300 hồ sơ thủ tục hành chính.';
    expect(figureAt(text, '21.300').period).toBe('2025-H2');
  });
});
