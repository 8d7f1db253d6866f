// Market reports write "around" as "quanh": "Tấm và cám giữ giá, lần lượt quanh 7.600 đồng/kg và 6.900 đồng/kg",
// "dao động quanh mức 140.000 đồng/kg". That is the bound about, as "khoảng" is; a "quanh" that does not stand right
// before the number ("Xung quanh chợ có 120 hộ kinh doanh") bounds nothing. Found by holdout21/001.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };

describe('"quanh" before a number', () => {
  it('is the bound about', () => {
    expectFigure('Tấm và cám giữ giá, lần lượt quanh 7.600 đồng/kg và 6.900 đồng/kg.', '7.600', { bound: 'about' }, opts);
    expectFigure('Giá tiêu dao động quanh mức 140.000 đồng/kg.', '140.000', { bound: 'about' }, opts);
  });
  it('bounds nothing when words stand between it and the number', () => {
    expectFigure('Xung quanh chợ có 120 hộ kinh doanh.', '120', { bound: undefined }, opts);
  });
});
