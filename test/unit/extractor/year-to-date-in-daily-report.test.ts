// A page framed by a day or by the month so far ("Giá … hôm nay", "Từ đầu tháng 7 đến nay, giá …") that also counts
// "từ đầu năm đến nay" gives that count the year, as a weekly report does (no count of months is named), not the months
// elapsed to the page's month. Found by holdout39/006 (a pig-price page with the year's swine-fever culls).
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const july = { published: '2023-07-12' };

describe('"từ đầu năm đến nay" in a report framed by a day or by the month so far', () => {
  it('is the year', () => {
    const text = 'Giá heo hơi giảm\n\nTừ đầu tháng 7 đến nay, giá heo hơi liên tục giảm, hiện ở mức 52.000 - 54.000 đồng/kg.\n\n' +
      'Từ đầu năm đến nay, toàn tỉnh tiêu hủy 187 con heo mắc dịch tả heo châu Phi.';
    expectFigure(text, '52.000 - 54.000 đồng/kg', { period: '2023-M07' }, july);
    expectFigure(text, '187 con', { period: '2023' }, july);
  });
  it('a report framed by a quarter is not read as a daily one', () => {
    const text = 'Kinh tế quý II/2023\n\nQuý II/2023, thu ngân sách đạt 1.200 tỷ đồng.\n\nTừ đầu năm đến nay, toàn tỉnh tiêu hủy 187 con heo mắc dịch.';
    expect(figureAt(text, '187 con', july).period).not.toBe('2023');
  });
});
