// "cả nước có 2.567 xã (42,4%) đạt chuẩn nông thôn mới nâng cao và 743 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu":
// national and provincial reports give a count's share in brackets right after it, before the words that say what
// was counted. The share measures what the count measures, not the name read before it. Pattern from real national
// new-rural-development pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-10' };

describe('a share in brackets right after a count takes the count\'s indicator', () => {
  it('the second count of a pair, named after its bracket', () => {
    const text = 'Toàn tỉnh có 61 xã (55,5%) đạt chuẩn nông thôn mới nâng cao và 17 xã (15,5%) đạt chuẩn nông thôn mới kiểu mẫu.';
    expectFigure(text, '15,5%', { indicator: 'new_rural_communes_model' }, pub);
  });
  it('a count of households and "(chiếm X%)"', () => {
    const text = 'Sau rà soát, số hộ cận nghèo giảm; toàn tỉnh còn 2.140 hộ nghèo (chiếm 1,2%).';
    expectFigure(text, '1,2%', { indicator: 'poverty_rate' }, pub);
  });
});

describe('what keeps its own reading', () => {
  it('a share after a comma names its own measure', () => {
    const text = 'Toàn tỉnh có 61 xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ che phủ rừng đạt 42,1%.';
    expectFigure(text, '42,1%', { indicator: 'forest_cover' }, pub);
  });
});
