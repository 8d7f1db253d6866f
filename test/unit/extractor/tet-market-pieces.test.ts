// Tết markets price goods by the piece: "bánh tét … 80.000 - 150.000 đồng/đòn", "mai vàng … đồng/chậu", "cúc mâm xôi …
// đồng/cặp". The piece is the rate's divisor (VND/đòn), as "đồng/kg" and "đồng/vé" are; a sum of money stays VND.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('prices per piece at a Tết market', () => {
  it('keeps the piece as the divisor', () => {
    const text = 'Bánh tét có giá 80.000 - 150.000 đồng/đòn; cúc mâm xôi 120.000 - 180.000 đồng/cặp; mai vàng từ 300.000 đồng đến 5 triệu đồng/chậu.';
    expect(figureAt(text, '80.000').unit).toBe('VND/đòn');
    expect(figureAt(text, '120.000').unit).toBe('VND/cặp');
    const range = figureAt(text, '300.000');
    expect([range.value, range.high, range.unit]).toEqual([300000, 5000000, 'VND/chậu']);
  });

  it('leaves money followed by a pot of something as money', () => {
    const text = 'Hội đã trao 120 triệu đồng cho các hộ trồng hoa, mỗi hộ một chậu mai giống.';
    expect(figureAt(text, '120 triệu đồng').unit).toBe('VND');
  });
});
