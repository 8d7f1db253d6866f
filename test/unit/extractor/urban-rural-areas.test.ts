// "tỷ lệ hộ nghèo khu vực thành thị chiếm 0,39%, khu vực nông thôn chiếm 3,17%": poverty, labour and health reports
// split a rate between town and country with the word papers also use for the economy's sectors ("khu vực dịch vụ
// chiếm 42%"). Town and country are kinds of place: the share stays the rate being split, not a sector's share of the
// economy. Pattern from real provincial poverty-review pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-20' };

describe('"khu vực thành thị/nông thôn" splits the rate, it names no sector', () => {
  it('the poverty rate in town and in the country', () => {
    const text = 'Tỷ lệ hộ nghèo toàn tỉnh là 3,1%, trong đó tỷ lệ hộ nghèo khu vực thành thị chiếm 0,8%, khu vực nông thôn chiếm 4,2%.';
    expectFigure(text, '0,8%', { indicator: 'poverty_rate' }, pub);
    expectFigure(text, '4,2%', { indicator: 'poverty_rate' }, pub);
  });
  it('a mountain area is a place too', () => {
    const text = 'Tỷ lệ hộ nghèo còn 5,2%, riêng khu vực miền núi chiếm 11,4%.';
    expectFigure(text, '11,4%', { indicator: 'poverty_rate' }, pub);
  });
});

describe('what stays a sector\'s share', () => {
  it('a sector of the economy after "khu vực"', () => {
    const text = 'Trong cơ cấu kinh tế, khu vực dịch vụ chiếm 45,2%, khu vực công nghiệp - xây dựng chiếm 31,7%.';
    expectFigure(text, '45,2%', { indicator: 'sector_share' }, pub);
    expectFigure(text, '31,7%', { indicator: 'sector_share' }, pub);
  });
});
