// "(từ ngày 7 đến 11/12/2024)": a festival's or a week's stretch whose first day is written without its month runs
// inside the month of its last day, so its figures are that month's, not the year's (the months elapsed to December).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch whose opening day leaves its month to the closing date', () => {
  it('dates a festival week inside December to December', () => {
    const text = 'Trong 5 ngày cao điểm (từ ngày 7 đến 11/12/2024), thành phố đón khoảng 524.000 lượt khách.';
    expect(figureAt(text, '524.000', { published: '2024-12-12' }).period).toBe('2024-M12');
  });

  it('does not read a first day later than the last one as the same month', () => {
    const text = 'Trong đợt cao điểm (từ ngày 25 đến 11/12/2024), thành phố đón khoảng 524.000 lượt khách.';
    expect(figureAt(text, '524.000', { published: '2024-12-12' }).period).not.toBe('2024-M12');
  });
});

describe('a schedule of days outside brackets', () => {
  it('leaves the targets after a sowing calendar to the season, not the calendar month', () => {
    const text = 'Vụ Hè Thu 2025, lịch xuống giống tập trung từ ngày 5 đến 25/5/2025; huyện phấn đấu sản lượng đạt 57.000 tấn.';
    expect(figureAt(text, '57.000 tấn', { published: '2025-04-20' }).period).not.toBe('2025-M05');
  });
});
