// In a market list under "(đồng/kg; …):", an item may name its own unit in brackets: "- Trứng gà (đồng/chục): 32.000"
// (eggs are priced by the ten). The item's bracket wins over the heading's; a bracket that names no unit ("(loại
// ngon)") leaves the heading's. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };
const heading = 'Giá một số mặt hàng tại chợ Cao Lãnh ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):\n- Gạo thường: 15.000 - 16.000\n';

describe('a list item\'s own bracketed unit', () => {
  it('wins over the heading\'s', () => {
    const text = `${heading}- Trứng gà (đồng/chục): 32.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '32.000', { unit: 'VND/chục', value: 32000 }, opts);
  });
  it('a bracket naming no unit leaves the heading\'s', () => {
    const text = `${heading}- Cá lóc (loại ngon): 85.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '85.000', { unit: 'VND/kg' }, opts);
  });
});
