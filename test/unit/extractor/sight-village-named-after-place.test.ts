// A flower village, a craft village or a floating market named after its town ("Làng hoa Sa Đéc", "chợ nổi Cái Răng")
// is a sight: the visitors it draws are counted on the province's page, not given to that town. The town named with
// its own type word ("thành phố Sa Đéc đón …") is still the town.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2024-02-20', locality: 'tỉnh Đồng Tháp' };

describe('a sight named after a town', () => {
  it('"Làng hoa Sa Đéc đón …" stays the province\'s', () => {
    const text = 'Du lịch Đồng Tháp khởi sắc\n\nTrong dịp Tết, Làng hoa Sa Đéc đón 185.000 lượt khách tham quan.';
    expect(figureAt(text, '185.000 lượt khách', pub).locality).toBe('tỉnh Đồng Tháp');
  });
});

describe('the town itself', () => {
  it('"thành phố Sa Đéc đón …" is the town', () => {
    const text = 'Du lịch Đồng Tháp khởi sắc\n\nTrong dịp Tết, thành phố Sa Đéc đón 185.000 lượt khách tham quan.';
    expect(figureAt(text, '185.000 lượt khách', pub).locality).toBe('thành phố Sa Đéc');
  });
});
