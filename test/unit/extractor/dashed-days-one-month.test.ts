// "Trong 9 ngày nghỉ lễ (từ 14-22/2), TPHCM ước đón 4.320.000 lượt khách": a bracketed stretch of days written with one
// month after a dash opens and closes in that month, so its tally is that month's, as "(từ 14/2 - 22/2)" is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-02-23' };

describe('a dashed stretch of days in one month', () => {
  it('"(từ 14-22/2)" dates the holiday tally by February', () => {
    const text = 'Trong 9 ngày nghỉ lễ (từ 14-22/2), TPHCM ước đón 4.320.000 lượt khách, tăng 35% so với cùng kỳ.';
    expect(figureAt(text, '4.320.000 lượt khách', OPTS)).toMatchObject({ indicator: 'tourist_arrivals', period: '2026-M02' });
  });

  it('"(14/2 - 22/2)" too', () => {
    const text = 'Trong 9 ngày nghỉ lễ (14/2 - 22/2), tỉnh đón 1,7 triệu lượt khách.';
    expect(figureAt(text, '1,7 triệu lượt khách', OPTS).period).toBe('2026-M02');
  });

  it('a range of amounts in brackets is no stretch of days', () => {
    const text = 'Năm 2025, giá phòng tăng (từ 10-15%) so với năm trước.';
    expect(figureAt(text, '10-15%', OPTS).period).toBe('2025');
  });
});
