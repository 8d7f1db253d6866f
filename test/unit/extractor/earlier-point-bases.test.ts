// Daily and weekly pages measure against an earlier point of their own stretch, written in more ways than "so với
// hôm qua" and "so với tuần trước": "so với báo cáo ngày hôm qua" (a flood tally against yesterday's report), "so với
// cuối tuần trước" (a gold quote), "so với đầu tháng 3" on a March page (the month's start named by its number), and a
// multiple of the week before "gấp 1,6 lần tuần trước". Each is the previous period. Found by holdout82 (002–004).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const march = { published: '2025-03-12' };

describe('earlier points of a daily or weekly page are the previous period', () => {
  it('the report of the day before', () => {
    expectFigure('Tính đến 17 giờ ngày 15/10, lũ đã làm 4.812 nhà bị ngập, tăng 1.930 nhà so với báo cáo ngày hôm qua.', '1.930', { base: 'previous_period', direction: 'up' }, { published: '2022-10-15' });
  });
  it('the end of the week before', () => {
    expectFigure('Giá vàng SJC niêm yết 91,2 triệu đồng/lượng, tăng 600.000 đồng/lượng so với cuối tuần trước.', '600.000', { base: 'previous_period' }, march);
  });
  it('the start of the month named by its number', () => {
    expectFigure('Dưa leo 12.000 đồng/kg, giảm khoảng 20% so với đầu tháng 3.', '20%', { base: 'previous_period', direction: 'down' }, march);
  });
  it('a multiple of the week before', () => {
    expectFigure('Trong tuần, toàn tỉnh có 167 ca mắc tay chân miệng, gấp 1,6 lần tuần trước.', '1,6 lần', { base: 'previous_period', direction: 'up' }, { published: '2024-06-11' });
  });
  it('the start of a month with its year is that year-end rule\'s, not this one', () => {
    expectFigure('Năm 2025, giá phân bón giảm 8% so với đầu năm 2024.', '8%', { base: '2024' }, march);
  });
});
