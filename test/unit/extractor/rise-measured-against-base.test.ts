// "Giá lúa tươi tại ruộng nhích lên 100 - 200 đồng/kg so với tuần trước": "lên" usually gives the level reached
// ("tăng lên 40,2%"), but a rise followed at once by what it is measured against is the change itself. A level
// reached with the comparison set off by a comma ("nâng tổng số lên 68 sản phẩm, gấp đôi so với năm 2020") stays a
// level. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };

describe('a rise with its base right after the figure', () => {
  it('is a change against that base', () => {
    expectFigure('Tuần qua, giá lúa tươi tại ruộng nhích lên 100 - 200 đồng/kg so với tuần trước.', '100 - 200', { kind: 'change', direction: 'up', base: 'previous_period' }, opts);
  });
  it('a level reached, with the comparison after a comma, stays a level', () => {
    expectFigure('Năm 2025, huyện nâng tổng số lên 68 sản phẩm OCOP, gấp đôi so với năm 2020.', '68', { kind: 'level', direction: 'up', base: undefined }, opts);
  });
});
