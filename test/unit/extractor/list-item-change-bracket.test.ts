// A market list gives each item's value and, in a bracket after it, its change: "- Thịt heo đùi: 95.000 (tăng 5.000)"
// under "(đồng/kg; tăng, giảm so với tuần trước):". The bracketed change is a figure in the heading's unit, measured as
// the heading says (the previous week); a bracket that states no change ("(ổn định)") adds none.
// Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-09-14' };
const heading = 'Giá một số mặt hàng tại chợ Cao Lãnh ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):\n';

describe('a change in brackets after a list item\'s value', () => {
  it('is a change in the heading\'s unit against the heading\'s base', () => {
    const text = `${heading}- Thịt heo đùi: 95.000 (tăng 5.000)\n- Gạo thường: 15.000 - 16.000 (giảm 500)\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '5.000)', { kind: 'change', direction: 'up', unit: 'VND/kg', value: 5000, base: 'previous_period' }, opts);
    expectFigure(text, '500)', { kind: 'change', direction: 'down', unit: 'VND/kg' }, opts);
  });
  it('a bracket with no change in it adds no figure', () => {
    const text = `${heading}- Cá lóc đồng: 85.000 (ổn định, loại 2)\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '85.000', { kind: 'level', unit: 'VND/kg' }, opts);
    expectNoFigureAt(text, '2)', opts);
  });
});
