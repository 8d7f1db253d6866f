// A stretch of days that opens and closes in one month ("trong 9 ngày nghỉ Tết (từ ngày 14/2 đến ngày 22/2/2026)")
// dates its figures to that month; a stretch across two months does not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch of days inside one month', () => {
  it('a holiday from the 14th to the 22nd of February dates the report to February', () => {
    const text = 'Trong 9 ngày nghỉ Tết (từ ngày 14/2 đến ngày 22/2/2026), lượt khách đến tỉnh ước đạt 1,12 triệu lượt.\n\n' +
      'Tổng thu từ khách du lịch ước đạt 3.870 tỷ đồng.';
    expect(figureAt(text, '1,12 triệu').period).toBe('2026-M02');
    expect(figureAt(text, '3.870 tỷ đồng').period).toBe('2026-M02');
  });

  it('a stretch from February into March is not February', () => {
    const text = 'Trong đợt cao điểm (từ ngày 14/2 đến ngày 22/3/2026), lượt khách đến tỉnh ước đạt 1,12 triệu lượt.';
    expect(figureAt(text, '1,12 triệu').period).not.toBe('2026-M02');
  });

  it('a quarter written as a stretch of whole months stays the quarter', () => {
    const text = 'Từ ngày 1/7/2025 đến ngày 30/9/2025, toàn tỉnh thu ngân sách 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ đồng').period).toBe('2025-Q3');
  });
});
