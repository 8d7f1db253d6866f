// A stretch of days in brackets written without its year ("Sau 7 ngày diễn ra (từ ngày 12 đến 18/12), hội chợ …") is a
// stretch of the page's year: inside one month it is that month, across two months of one quarter that quarter, as the
// same stretch with its year is (same-month-stretch.ts). Found by holdout42/003 (a trade fair's closing news).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a bracketed stretch of days without its year', () => {
  it('"(từ ngày 12 đến 18/12)" dates the fair\'s figures to December of the page\'s year', () => {
    const text = 'Sau 7 ngày diễn ra (từ ngày 12 đến 18/12), hội chợ thu hút hơn 60.000 lượt người tham quan, doanh thu đạt khoảng 11 tỷ đồng.';
    expectFigure(text, '11 tỷ đồng', { kind: 'level', period: '2024-M12' }, { published: '2024-12-19' });
  });
  it('"(từ 29/4 đến 3/5)" across two months of one quarter is that quarter', () => {
    const text = 'Trong 5 ngày nghỉ lễ (từ 29/4 đến 3/5), tổng thu từ khách du lịch ước đạt 950 tỷ đồng.';
    expectFigure(text, '950 tỷ đồng', { period: '2025-Q2' }, { published: '2025-05-04' });
  });
  it('a cut-off day without a stretch before it keeps the months elapsed', () => {
    const text = 'Tính đến 31/10, toàn tỉnh thu ngân sách đạt 9.800 tỷ đồng.';
    expectFigure(text, '9.800 tỷ đồng', { period: '2024-10M' }, { published: '2024-11-02' });
  });
});
