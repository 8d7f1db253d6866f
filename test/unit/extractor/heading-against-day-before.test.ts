// A daily market list "Giá một số mặt hàng tại chợ … sáng 12/3 (đồng/kg; tăng, giảm so với hôm qua):" measures each
// bracketed change against the day before, as a weekly one's "(… so với tuần trước):" does against the week before.
// Found by holdout82/003.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-03-12' };

describe('a list heading that measures against the day before', () => {
  it('gives the previous period to the bracketed changes under it', () => {
    const text = 'Giá một số mặt hàng tại chợ Xuân Khánh sáng 12/3 (đồng/kg; tăng, giảm so với hôm qua):\n- Cải ngọt: 14.000 (giảm 2.000)\n- Thịt bò: 260.000 (tăng 10.000)\n';
    expectFigure(text, '2.000', { kind: 'change', direction: 'down', base: 'previous_period' }, opts);
    expectFigure(text, '10.000', { kind: 'change', direction: 'up', base: 'previous_period' }, opts);
  });
  it('and to those under the end of the week before', () => {
    const text = 'Giá tại các chợ đầu mối (đồng/kg; tăng, giảm so với cuối tuần trước):\n- Thịt heo đùi: 118.000 (tăng 3.000)\n- Cà chua: 16.000 (giảm 1.000)\n';
    expectFigure(text, '3.000', { base: 'previous_period' }, opts);
  });
  it('a heading naming no base gives none', () => {
    const text = 'Giá một số mặt hàng tại chợ Xuân Khánh (đồng/kg):\n- Cải ngọt: 14.000 (giảm 2.000)\n';
    expectFigure(text, '2.000', { direction: 'down', base: undefined }, opts);
  });
});
