// "Khu du lịch quốc gia Sa Pa, danh thắng ruộng bậc thang Mù Cang Chải và Khu du lịch hồ Thác Bà lần lượt đón …":
// a site named after a place is not that place; the visitors stay the province's. Pattern from holdout5 (found while
// checking the rules of holdout9 on every folder).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'tỉnh Lào Cai' };
const sites = 'Khu du lịch quốc gia Sa Pa, danh thắng ruộng bậc thang Mù Cang Chải và Khu du lịch hồ Thác Bà lần lượt đón 2,15 triệu lượt, 486.000 lượt và 318.000 lượt khách.';

describe('sites named after places are not those places', () => {
  it.each([['2,15'], ['486.000'], ['318.000']])('the visitors at %s stay the province\'s', (needle) => {
    expect(figureAt(sites, needle, opts).locality).toBe('tỉnh Lào Cai');
  });
  it('the place itself still owns its figures', () => {
    expect(figureAt('Thị xã Sa Pa đón 2,15 triệu lượt khách.', '2,15', opts).locality).toBe('thị xã Sa Pa');
  });
});
