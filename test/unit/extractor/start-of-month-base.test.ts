// Market reports compare a price with the start of the month or week they report on: "xoài cát Hòa Lộc … tăng 5.000
// đồng/kg so với đầu tháng", "giảm 2.000 đồng/kg so với đầu tuần". That is an earlier point of the same stretch, the
// previous period; "so với đầu năm" stays the end of last year. Found by holdout21/001.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };

describe('"so với đầu tháng / đầu tuần"', () => {
  it('is previous_period', () => {
    expectFigure('Xoài cát Hòa Lộc loại 1 tăng 5.000 đồng/kg so với đầu tháng.', '5.000', { kind: 'change', base: 'previous_period' }, opts);
    expectFigure('Giá heo hơi giảm 2.000 đồng/kg so với đầu tuần.', '2.000', { base: 'previous_period' }, opts);
  });
  it('"so với đầu năm" is still the end of the year before', () => {
    expectFigure('Dư nợ tín dụng đến cuối tháng 9/2025 tăng 8,2% so với đầu năm.', '8,2%', { base: '2024' }, { published: '2025-10-14' });
  });
});
