// "Khách du lịch: tháng 11 đón 46.500 lượt; lũy kế 11 tháng đón 812.000 lượt" (a city's monthly report): the months a
// report sums, then whom it received in them, as "6 tháng xảy ra 214 vụ" gives the months then what happened. The
// visitors summed are those months' (11M), not the month named before them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-11-02' };

describe('a count of months then "đón"', () => {
  it('dates the visitors it received by the months elapsed', () => {
    const text = 'Du lịch tháng 10\n\nTrong tháng 10/2024, thị xã đón 38.200 lượt khách; lũy kế 10 tháng đón 512.000 lượt, tăng 14% so với cùng kỳ.';
    expect(figureAt(text, '512.000 lượt', OPTS).period).toBe('2024-10M');
  });
});

describe('a length of time that names no report\'s months', () => {
  it('"sau 10 tháng đón" is no stretch of the year', () => {
    const text = 'Khu du lịch mới\n\nTháng 10, khu du lịch sinh thái sau 10 tháng đón 4.500 lượt khách tham quan.';
    expect(figureAt(text, '4.500 lượt', OPTS).period).toBe('2024-M10');
  });
});
