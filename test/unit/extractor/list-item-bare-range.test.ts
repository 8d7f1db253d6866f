// A market list prices each item with a bare range under a heading that names the unit: "Giá … (đồng/kg):" over
// "- Gạo thường: 15.000 - 16.000". The range is one figure in the heading's unit, with its upper end; a single bare
// number stays a single level. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };
const heading = 'Giá một số mặt hàng tại chợ Cao Lãnh ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):\n';

describe('a bare range in a list item', () => {
  it('is one figure with both ends, in the heading\'s unit', () => {
    const text = `${heading}- Gạo thường: 15.000 - 16.000\n- Cá lóc đồng: 85.000 - 90.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '15.000', { kind: 'level', value: 15000, high: 16000, unit: 'VND/kg' }, opts);
    expectFigure(text, '85.000', { value: 85000, high: 90000 }, opts);
  });
  it('a single bare number stays a single level', () => {
    const text = `${heading}- Thịt heo đùi: 95.000\n- Gạo thường: 15.000 - 16.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '95.000', { value: 95000, high: undefined, unit: 'VND/kg' }, opts);
  });
});
