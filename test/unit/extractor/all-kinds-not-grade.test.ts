// "các loại" after a product ("thép các loại", "ô tô các loại", "rau các loại") sums all its kinds; it does not name one
// grade as "loại 1" does, so the amount after it is a figure. Found by holdout42 (industrial products), also missed in
// holdout36 ("ô tô các loại 21.450 chiếc") and holdout39 ("rau các loại 39.800 ha").
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-07-02' };

describe('"các loại" before an amount', () => {
  it('"phân bón các loại 215.000 tấn" and "xe máy các loại 1,2 triệu chiếc" are amounts of all kinds', () => {
    const text = 'Sáu tháng, sản lượng phân bón các loại đạt 215.000 tấn, tăng 4,1%; xe máy các loại 1,2 triệu chiếc.';
    expectFigure(text, '215.000 tấn', { kind: 'level', unit: 'tấn', value: 215000 }, opts);
    expectFigure(text, '1,2 triệu chiếc', { kind: 'level', unit: 'chiếc', value: 1200000 }, opts);
  });
  it('"loại 2" still names a grade', () => {
    const text = 'Giá thanh long ruột đỏ loại 2 ở mức 18.000 đồng/kg.';
    expectNoFigureAt(text, '2 ở mức', opts);
    expectFigure(text, '18.000 đồng/kg', { kind: 'level' }, opts);
  });
});
