// Daily market pages measure a price against the day or the trading session before ("so với hôm qua", "so với ngày
// hôm qua", "so với phiên trước"): the previous period, as "so với tuần trước" is on a weekly page.
// Found by holdout39/001 (a daily coffee and pepper price page).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const daily = { published: '2024-06-03' };

describe('a change against the day before', () => {
  it('"so với hôm qua" and "so với ngày hôm qua" are the previous period', () => {
    expectFigure('Giá hồ tiêu tại Đắk Lắk tăng 1.000 đồng/kg so với hôm qua.', '1.000 đồng/kg', { kind: 'change', base: 'previous_period' }, daily);
    expectFigure('Giá heo hơi tại Đồng Nai giảm 2.000 đồng/kg so với ngày hôm qua.', '2.000 đồng/kg', { kind: 'change', base: 'previous_period' }, daily);
  });
  it('"so với phiên trước" is the previous period', () => {
    expectFigure('Giá cà phê nhân xô giảm 500 đồng/kg so với phiên trước.', '500 đồng/kg', { kind: 'change', base: 'previous_period' }, daily);
  });
  it('"hôm qua" with no comparison gives no base', () => {
    expectFigure('Hôm qua, giá cà phê nhân xô tăng 500 đồng/kg.', '500 đồng/kg', { kind: 'change', base: undefined }, daily);
  });
});
