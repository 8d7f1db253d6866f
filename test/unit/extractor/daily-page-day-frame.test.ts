// A daily page that never writes "hôm nay" still reports one day when it measures against the day before: a market
// round "Sáng 12/3, tại các chợ …" or a flood tally "tính đến 17 giờ ngày 15/10, mưa lũ đã làm …" with "so với hôm qua",
// "so với báo cáo ngày hôm qua". The day its lead names is the month it falls in and frames the page, as a price
// headline's "hôm nay 3/6" does. Found by holdout82/003 (a market day) and 004 (a flood day).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a daily page is framed by the day its lead names', () => {
  it('a market round opening on its morning dates the later paragraphs by its month', () => {
    const text = 'Giá rau xanh hạ nhiệt\n\nSáng 9/4, tại các chợ trong tỉnh, giá rau xanh giảm mạnh, cải ngọt còn 9.000 đồng/kg, giảm 2.000 đồng/kg so với hôm qua.\n\n' +
      'Tại huyện Châu Thành, thương lái mua dưa hấu với giá 6.500 đồng/kg.';
    expectFigure(text, '9.000 đồng/kg', { period: '2024-M04' }, { published: '2024-04-09' });
    expectFigure(text, '6.500 đồng/kg', { period: '2024-M04' }, { published: '2024-04-09' });
  });
  it('a flood tally counted to an hour of a day, against the report of the day before', () => {
    const text = 'Mưa lũ làm hơn 2.000 nhà bị ngập\n\nTheo Ban Chỉ huy phòng, chống thiên tai tỉnh, tính đến 16 giờ ngày 2/11, mưa lũ đã làm 2.140 nhà bị ngập, ' +
      'tăng 860 nhà so với báo cáo ngày hôm qua.\n\nToàn tỉnh có 1.320 ha hoa màu bị ngập, hư hại.';
    expectFigure(text, '2.140', { period: '2023-M11' }, { published: '2023-11-02' });
    expectFigure(text, '1.320 ha', { period: '2023-M11' }, { published: '2023-11-02' });
  });
  it('a day in a page that never compares with the day before frames nothing', () => {
    const text = 'Hội nghị tổng kết năm 2023\n\nSáng 5/1, tại hội nghị, Chủ tịch UBND tỉnh cho biết thu ngân sách năm 2023 đạt 9.450 tỷ đồng.\n\n' +
      'Giá trị sản xuất nông nghiệp tăng 3,2%.';
    expectFigure(text, '3,2%', { period: '2023' }, { published: '2024-01-05' });
  });
});
