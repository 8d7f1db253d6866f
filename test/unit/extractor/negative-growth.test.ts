// "GRDP tăng trưởng âm 2,5%", "tốc độ tăng trưởng GRDP đạt -8,21%": growth below zero is a fall by that much (as the
// signed "(-18,67%)" of a list is a change down); the sign is never dropped.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('growth below zero', () => {
  it('"tăng trưởng âm 2,5%" is a fall', () => {
    expectFigure('Quý I, GRDP của thành phố tăng trưởng âm 2,5% so với cùng kỳ.', '2,5%', { kind: 'change', direction: 'down', base: 'same_period' });
  });
  it('"đạt -8,21%" keeps its sign as the direction', () => {
    expectFigure('Tốc độ tăng trưởng GRDP của tỉnh Bắc Ninh đạt -8,21%, thấp nhất cả nước.', '8,21%', { kind: 'change', direction: 'down', value: 8.21 });
  });
  it('growth above zero stays a level', () => {
    expectFigure('Tốc độ tăng trưởng GRDP của tỉnh Bắc Ninh đạt 8,21%.', '8,21%', { kind: 'level', direction: undefined });
  });
});
