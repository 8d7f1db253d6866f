// "giá từ 300.000 đồng đến 1 triệu đồng/kg": a money range whose divisor is written once, after its high end, is one
// price range per kg, not a sum of money and a separate price. Ends in different units stay apart.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a money range closed by a rate', () => {
  it('is one range in the rate', () => {
    const f = figureAt('Thịt bò loại ngon có giá từ 300.000 đồng đến 1 triệu đồng/kg.', '300.000');
    expect([f.text, f.value, f.high, f.unit]).toEqual(['300.000 đồng đến 1 triệu đồng/kg', 300000, 1000000, 'VND/kg']);
  });

  it('keeps money and a count per commune apart', () => {
    const figures = figuresIn('Mỗi xã hỗ trợ 300.000 đồng đến 15 hộ/xã.');
    expect(figures.some((f) => f.high !== undefined)).toBe(false);
  });
});
