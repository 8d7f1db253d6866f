// Rice varieties are named by a code and a number ("OM 18", "IR 50404", "OM 5451"). Written before the season
// ("lúa Đài Thơm 8 và OM 18 vụ Thu Đông"), the variety's number was read as a count of "vụ". After a crop word, an
// upper-case code's plain number is a name; a plan after a slash ("6.120 ha/KH 6.000 ha") and an amount after an
// acronym ("vốn FDI 512 triệu USD") stay figures. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-09-14' };

describe('a rice variety code and its number', () => {
  it('name the variety, whatever noun follows', () => {
    const text = 'Lúa Đài Thơm 8 và OM 18 vụ Thu Đông sớm được thương lái mua 7.000 đồng/kg.';
    expectNoFigureAt(text, '18 vụ', opts);
    expectFigure(text, '7.000 đồng/kg', { unit: 'VND/kg' }, opts);
  });
  it('a plan after a slash and an amount after an acronym stay figures', () => {
    const plan = 'Vụ Hè Thu 2024, nông dân xuống giống lúa được 6.120 ha/KH 6.000 ha.';
    expectFigure(plan, '6.000 ha', { modality: 'target' }, opts);
    const fdi = 'Sản lượng lúa đạt 21.340 tấn, thu hút vốn FDI 512 triệu USD.';
    expectFigure(fdi, '512 triệu USD', { unit: 'USD' }, opts);
  });
});
