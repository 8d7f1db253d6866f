// "tăng 18,6% so với Festival Hoa lần thứ 9 năm 2022; doanh thu …": the year after an event named with its edition is
// the base the change is measured against, and dates nothing after it; "Festival Hoa lần thứ 9 năm 2022 đón …" without
// "so với" is that year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a base named by an event and its edition', () => {
  it('does not date the clause after it', () => {
    const text = 'Trong 5 ngày cao điểm (từ ngày 7 đến 11/12/2024), thành phố đón khoảng 524.000 lượt khách, tăng 18,6% so với ' +
      'Festival Hoa lần thứ 9 năm 2022; doanh thu du lịch ước đạt 1.480 tỷ đồng.';
    expect(figureAt(text, '1.480 tỷ đồng', { published: '2024-12-12' }).period).toBe('2024-M12');
  });

  it('leaves the year of an edition that is no base to date its figure', () => {
    const text = 'Tại Festival Hoa lần thứ 9 năm 2022, thành phố đón khoảng 442.000 lượt khách.';
    expect(figureAt(text, '442.000', { published: '2024-12-12' }).period).toBe('2022');
  });
});
