// "…; phấn đấu đến hết tháng 6, thu ngân sách đạt trên 55% dự toán": an aim for a flow summed to a month's end is the
// months so far (the first half), as the result "Đến hết tháng 6, thu ngân sách đạt …" is; an aim for a stock
// counted at that month ("phấn đấu đến hết tháng 6, có thêm 2 trường đạt chuẩn") stays at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (aim: string) => `Xã Đơn Dương: 5 tháng thu ngân sách đạt 41% dự toán

5 tháng đầu năm 2026, thu ngân sách trên địa bàn xã Đơn Dương đạt 41% dự toán năm, tăng 6% so với cùng kỳ.

Trong tháng 6, xã tập trung thu hoạch rau vụ Xuân Hè; ${aim}`;

describe('an aim to a month\'s end', () => {
  it('for revenue summed from January is the months elapsed', () => {
    const f = figureAt(page('phấn đấu đến hết tháng 6, thu ngân sách đạt trên 52% dự toán.'), '52%', { published: '2026-06-04' });
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2026-H1');
  });

  it('for a count held at that month stays the month', () => {
    const f = figureAt(page('phấn đấu đến hết tháng 6, có thêm 2 trường đạt chuẩn quốc gia.'), '2 trường', { published: '2026-06-04' });
    expect(f.period).toBe('2026-M06');
  });
});
