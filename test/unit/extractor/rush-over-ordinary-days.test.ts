// "lượng khách những ngày cao điểm tăng gấp 3 lần ngày thường": one place's busy days against its ordinary days are
// not a result; a multiple against a period is.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a rush measured against ordinary days', () => {
  it('"gấp 3 lần ngày thường" is no figure', () => {
    expectNoFigureAt('Đại diện siêu thị cho biết lượng khách những ngày cao điểm tăng gấp 3 lần ngày thường.', '3 lần');
  });

  it('"gấp 1,6 lần cùng kỳ" is a change', () => {
    const f = figureAt('Riêng huyện Tân Châu ghi nhận 512 ca, gấp 1,6 lần cùng kỳ.', '1,6 lần');
    expect([f.kind, f.value]).toEqual(['change', 1.6]);
  });
});
