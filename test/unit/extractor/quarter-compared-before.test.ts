// "Trong quý II, giá cà phê … dao động 98.000 - 104.000 đồng/kg, thấp hơn quý I khoảng 6.000 đồng/kg": a comparative
// naming the quarter just before the figure's own measures against the previous period; a quarter that is not the one
// just before gives no such base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế 6 tháng đầu năm 2026\n\n';

describe('a comparative against a named quarter', () => {
  it('the quarter before is the previous period', () => {
    const text = `${HEAD}Trong quý II, giá cà phê nhân xô dao động 98.000 - 104.000 đồng/kg, thấp hơn quý I khoảng 6.000 đồng/kg.`;
    expect(figureAt(text, '6.000 đồng/kg', { published: '2026-07-06' }).base).toBe('previous_period');
  });

  it('a quarter that is not the one before is not', () => {
    const text = `${HEAD}Trong quý II, giá cà phê nhân xô dao động 98.000 - 104.000 đồng/kg, thấp hơn quý IV khoảng 6.000 đồng/kg.`;
    expect(figureAt(text, '6.000 đồng/kg', { published: '2026-07-06' }).base).not.toBe('previous_period');
  });
});
