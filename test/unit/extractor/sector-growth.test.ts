// "GRDP quý I tăng 6,84%. Trong đó, khu vực dịch vụ tăng 7,81%": one sector's growth, which no indicator id measures
// (the corpora leave it without one), is not the GRDP growth its paragraph spoke of. Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-24' };

describe('a sector named right before a change takes no GRDP topic', () => {
  it('"Trong đó, khu vực dịch vụ tăng 7,81%" after the GRDP', () => {
    expectFigure('GRDP 9 tháng của tỉnh tăng 8,2% so với cùng kỳ. Trong đó, khu vực dịch vụ tăng 7,81%.', '7,81%', { indicator: undefined }, pub);
  });
  it('"khu vực công nghiệp và xây dựng" and a sector after a semicolon', () => {
    const text = 'Tốc độ tăng trưởng kinh tế đạt 8,2%. Cụ thể, ngành chế biến, chế tạo tăng 24,1%; khu vực công nghiệp và xây dựng tăng 10,3%.';
    expectFigure(text, '10,3%', { indicator: undefined }, pub);
  });
  it('the GRDP growth itself keeps its name', () => {
    expectFigure('GRDP 9 tháng của tỉnh tăng 8,2% so với cùng kỳ. Trong đó, khu vực dịch vụ tăng 7,81%.', '8,2%', { indicator: 'grdp_growth' }, pub);
  });
  it('a sector\'s output value the lexicon names keeps its indicator', () => {
    expectFigure('Giá trị sản xuất ngành công nghiệp tăng 12,5% so với cùng kỳ.', '12,5%', { indicator: 'industrial_output_value' }, pub);
  });
  it('in a breakdown of the total output value, farming is the agricultural output and services have none of their own', () => {
    const text = 'Tổng giá trị sản xuất 6 tháng tăng 8,6%; trong đó, các ngành nông, lâm, thủy tăng 4,58%, các ngành công nghiệp - xây dựng tăng 11,78%, các ngành dịch vụ tăng 11,52%.';
    expectFigure(text, '4,58%', { indicator: 'agricultural_output_value' }, pub);
    expectFigure(text, '11,78%', { indicator: 'industrial_output_value' }, pub);
    expectFigure(text, '11,52%', { indicator: undefined }, pub);
  });
});
