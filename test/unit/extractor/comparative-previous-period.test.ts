// "Giá lúa tươi … dao động 7.200 - 7.500 đồng/kg, cao hơn vụ trước khoảng 500 đồng/kg": a comparative with the season
// (month, quarter) before and no "so với" still names the base. Found by holdout19/004 (a crop-season report).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-06-28' };

describe('"cao/thấp hơn vụ trước" names the previous period', () => {
  it('a change after "cao hơn vụ trước khoảng" is against the previous period', () => {
    const text = 'Giá lúa tươi tại ruộng dao động 7.200 - 7.500 đồng/kg, cao hơn vụ trước khoảng 500 đồng/kg.';
    expectFigure(text, 'khoảng 500', { kind: 'change', direction: 'up', base: 'previous_period', bound: 'about' }, opts);
    expectFigure('Giá heo hơi thấp hơn tháng trước 2.000 đồng/kg.', '2.000', { base: 'previous_period' }, opts);
  });
  it('"hơn vụ trước" that is not right before the figure names no base', () => {
    const text = 'Vụ này nông dân phấn khởi hơn vụ trước vì giá tốt; năng suất lúa đạt 68,2 tạ/ha.';
    expectFigure(text, '68,2 tạ/ha', { kind: 'level' }, opts);
    const f = expectFigure(text, '68,2 tạ/ha', {}, opts);
    if (f.base !== undefined) throw new Error(`unexpected base ${f.base}`);
  });
});
