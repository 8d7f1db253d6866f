// "chỉ số sản xuất công nghiệp IIP … duy trì mức tăng trưởng 18,71%": a bare "tăng trưởng" after a named measure in its
// clause is that measure's growth, not the economy's; alone it still speaks of the economy.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-05' };

describe('a bare "tăng trưởng" after a named measure', () => {
  it('is the growth of the named measure', () => {
    const text = 'Trong 10 tháng, chỉ số sản xuất công nghiệp (IIP) của tỉnh giữ được mức tăng trưởng 12,4% so với cùng kỳ.';
    expectFigure(text, '12,4%', { indicator: 'industrial_production_index' }, opts);
  });
  it('is the economy\'s when nothing else is named', () => {
    expectFigure('Trong 9 tháng, kinh tế tỉnh giữ được mức tăng trưởng 7,4%.', '7,4%', { indicator: 'grdp_growth' }, opts);
  });
});
