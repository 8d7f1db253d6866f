// "giá … cao hơn đầu tháng 12.000 - 15.000 đồng/kg": a month word followed by a number with a thousands group is the
// amount after an unnumbered "đầu tháng", not December. Found by holdout39/003 (durian prices in November).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const november = { published: '2024-11-28' };

describe('a month number that is the head of a thousands group', () => {
  it('"đầu tháng 12.000 - 15.000 đồng/kg" is no December', () => {
    expectFigure('Giá sầu riêng tại vườn cao hơn đầu tháng 12.000 - 15.000 đồng/kg.', '12.000 - 15.000 đồng/kg', { value: 12000, high: 15000, period: '2024' }, november);
  });
  it('"tháng 10." at the end of a sentence is still October', () => {
    expectFigure('Giá tiêu ở mức 145.000 đồng/kg trong tháng 10. Giá cà phê giảm.', '145.000 đồng/kg', { period: '2024-M10' }, november);
  });
});
