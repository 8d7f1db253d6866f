// "Giá cà phê đã cao hơn đầu tháng 10 khoảng 4.500 đồng/kg", "thấp hơn hôm qua 500 đồng/kg": a price compared without
// "so với" against an earlier point of the stretch reported on, or a daily page's day before, is measured against the
// previous period, as "so với đầu tháng" and "cao hơn vụ trước" are.
// Found by holdout39/001 and 003 (coffee and durian prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-28' };

describe('a comparison with the start of the stretch without "so với"', () => {
  it('"cao hơn đầu tháng (10)" is the previous period', () => {
    expectFigure('Giá cà phê trong tỉnh đã cao hơn đầu tháng 10 khoảng 4.500 đồng/kg.', '4.500 đồng/kg', { kind: 'change', direction: 'up', base: 'previous_period' }, opts);
    expectFigure('Giá sầu riêng tại vườn cao hơn đầu vụ 8.000 đồng/kg.', '8.000 đồng/kg', { kind: 'change', direction: 'up', base: 'previous_period' }, opts);
  });
  it('"thấp hơn hôm qua" is the previous period', () => {
    expectFigure('Giá hồ tiêu thấp hơn hôm qua 500 đồng/kg.', '500 đồng/kg', { kind: 'change', direction: 'down', base: 'previous_period' }, opts);
  });
  it('a comparison with another crop at its start names no base', () => {
    expectFigure('Giá lúa cao hơn đầu ra của ngô 500 đồng/kg.', '500 đồng/kg', { base: undefined }, opts);
  });
});
