// A holiday of a few days around the turn of a month ("từ 30/8 đến 2/9/2025") dates its figures to the quarter that
// holds both months; one that crosses into the next quarter, or a run of whole months, is not read so.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch of days across two months of one quarter', () => {
  it('the National Day holiday from the end of August into September is the third quarter, in later paragraphs too', () => {
    const text = 'Trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025), thành phố đón khoảng 182.400 lượt khách.\n\n' +
      'Riêng khu di tích đón 61.800 lượt khách tham quan.';
    expect(figureAt(text, '182.400').period).toBe('2025-Q3');
    expect(figureAt(text, '61.800').period).toBe('2025-Q3');
  });

  it('a holiday from late April into early May is the second quarter', () => {
    const text = 'Dịp nghỉ lễ (từ ngày 27/4 đến ngày 1/5/2024), tỉnh đón 215.000 lượt khách.';
    expect(figureAt(text, '215.000').period).toBe('2024-Q2');
  });

  it('a stretch from late September into October crosses two quarters and is no quarter', () => {
    const text = 'Trong đợt cao điểm (từ 25/9 đến 5/10/2025), tỉnh đón 52.000 lượt khách.';
    expect(figureAt(text, '52.000').period).not.toMatch(/-Q[34]$/);
  });

  it('a run of whole months from the first day keeps the months it names', () => {
    const text = 'Từ ngày 1/7/2025 đến ngày 30/9/2025, toàn tỉnh thu ngân sách 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ đồng').period).toBe('2025-Q3');
  });
});
