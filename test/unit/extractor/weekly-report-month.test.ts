// A weekly market or disease report names its week ("Tuần qua (từ ngày 2 đến 7/6)", "trong tuần 23"), which has no
// period id of its own: the week is the month it falls in, and it frames the report as a monthly headline would. When
// the lead also gives the running total of the year ("Lũy kế từ đầu năm đến nay, …"), the paragraphs below break that
// total down and stay the year's; "từ đầu năm" in such a report dates its own sentence by the year.
// Found by holdout21/001 (weekly farm prices) and 002 (a weekly dengue bulletin).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const market = { published: '2024-06-09' };

describe('a weekly report is dated by the month of its week', () => {
  it('a week with its dates in a bracket frames the later paragraphs by that month', () => {
    const text = 'Giá heo hơi đứng giá\n\nTuần qua (từ ngày 2 đến 7/6), giá thanh long ruột đỏ tại vườn tăng 1.500 đồng/kg so với tuần trước.\n\n' +
      'Giá heo hơi dao động 64.000 - 66.000 đồng/kg, không đổi.';
    expectFigure(text, '1.500 đồng/kg', { period: '2024-M06' }, market);
    expectFigure(text, '64.000 - 66.000 đồng/kg', { period: '2024-M06' }, market);
  });
  it('a numbered week without dates takes the month of its ISO week', () => {
    const text = 'Theo CDC tỉnh, trong tuần 23, toàn tỉnh ghi nhận 74 ca mắc sốt xuất huyết, tăng 6 ca so với tuần trước.';
    expectFigure(text, '74', { period: '2024-M06' }, market);
  });
  it('"từ đầu năm đến nay" in a weekly report is the year, and a lead giving it keeps the breakdown below the year\'s', () => {
    const text = 'Sốt xuất huyết tiếp tục tăng\n\nTheo Trung tâm Kiểm soát bệnh tật tỉnh, trong tuần 23 (từ ngày 3 đến 9/6), toàn tỉnh ghi nhận 74 ca mắc sốt xuất huyết. ' +
      'Lũy kế từ đầu năm đến nay, tỉnh có 1.210 ca mắc, chưa có ca tử vong.\n\n' +
      'Huyện Cam Lâm có số ca cao nhất với 402 ca.';
    expectFigure(text, '74', { period: '2024-M06' }, market);
    expectFigure(text, '1.210', { period: '2024' }, market);
    expectFigure(text, '402', { period: '2024' }, market);
  });
  it('a rate per week ("mỗi tuần") and "so với tuần trước" name no week of the report', () => {
    const text = 'Giá gạo xuất khẩu\n\nCác doanh nghiệp thu mua 3 lần mỗi tuần; giá gạo 5% tấm tăng 10 USD/tấn so với tuần trước.\n\n' +
      'Giá lúa tại ruộng dao động 7.000 - 7.300 đồng/kg.';
    expectFigure(text, '7.000 - 7.300 đồng/kg', { period: '2024' }, market);
  });
});
