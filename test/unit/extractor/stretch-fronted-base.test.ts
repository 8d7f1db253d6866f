// "Tính chung 10 tháng, so với cùng kỳ năm trước, một số sản phẩm chủ lực tăng khá: …; …; …": the stretch summed comes
// first, then the base, then a row of changes in their own clauses; the base is every change's. Found by holdout42/001.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-03' };

describe('a base after the stretch that opens a sentence', () => {
  it('"Tính chung 9 tháng, so với cùng kỳ năm trước, …: …; …; …" measures each change against the same period', () => {
    const text = 'Tính chung 9 tháng, so với cùng kỳ năm trước, nhiều sản phẩm tăng: xi măng đạt 7,2 triệu tấn, tăng 6,1%; thép cán 1,45 triệu tấn, tăng 11,8%; phân bón 286.000 tấn, tăng 3,4%; bia 52,3 triệu lít, tăng 2,9%.';
    expectFigure(text, '11,8%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
    expectFigure(text, '3,4%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
    expectFigure(text, '2,9%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
  });
  it('a stretch with no base after it leaves the row without one', () => {
    const text = 'Tính chung 9 tháng, nhiều sản phẩm tăng: xi măng đạt 7,2 triệu tấn, tăng 6,1%; thép cán 1,45 triệu tấn, tăng 11,8%; phân bón 286.000 tấn, tăng 3,4%.';
    expectFigure(text, '3,4%', { kind: 'change', direction: 'up', base: undefined }, opts);
  });
});
