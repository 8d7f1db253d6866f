// A daily market page names its day ("Giá tiêu hôm nay 3/6/2024: …") and measures against the day before: the day has
// no period id of its own, so it is the month it falls in, and it frames the page as a weekly report's week does.
// Found by holdout39/001 (a daily coffee and pepper price page).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const daily = { published: '2024-06-03' };

describe('a daily report is dated by the month of its day', () => {
  it('the day in a price headline frames the later paragraphs by its month', () => {
    const text = 'Giá tiêu hôm nay 3/6/2024: Đồng loạt đi lên\n\nSáng nay, giá hồ tiêu tại các vùng trồng tăng 1.000 đồng/kg so với hôm qua.\n\n' +
      'Tại huyện Chư Sê, thương lái mua hồ tiêu với giá 98.500 đồng/kg.';
    expectFigure(text, '1.000 đồng/kg', { period: '2024-M06' }, daily);
    expectFigure(text, '98.500 đồng/kg', { period: '2024-M06' }, daily);
  });
  it('a bare "hôm nay" takes the month of publication', () => {
    const text = 'Giá heo hơi hôm nay đi ngang\n\nGiá heo hơi ở các tỉnh phía Nam dao động 64.000 - 66.000 đồng/kg, không đổi so với ngày hôm qua.';
    expectFigure(text, '64.000 - 66.000 đồng/kg', { period: '2024-M06' }, daily);
  });
  it('"hôm nay" in a page that never compares with the day before dates nothing', () => {
    const text = 'Hội nghị tổng kết năm 2023\n\nPhát biểu tại hội nghị hôm nay, Chủ tịch UBND tỉnh cho biết thu ngân sách năm 2023 đạt 9.450 tỷ đồng.\n\n' +
      'Giá trị sản xuất nông nghiệp tăng 3,2%.';
    expectFigure(text, '3,2%', { period: '2023' }, { published: '2024-01-05' });
  });
});
