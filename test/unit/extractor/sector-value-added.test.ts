// "GRDP 9 tháng tăng 7,8%. Trong đó, … khu vực công nghiệp - xây dựng tăng 9,5%": in a breakdown of the GRDP, and after
// "giá trị tăng thêm", a sector's growth and value are its value added, which no indicator id measures, not its output
// value (the lexicon's loose reading of the sector's bare name). A breakdown of the output value keeps the output values.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-06' };

describe('a sector\'s value added is not its output value', () => {
  it('the sectors of a GRDP breakdown, one per semicolon', () => {
    const text = 'GRDP 9 tháng ước tăng 7,4% so với cùng kỳ. Trong đó, khu vực nông nghiệp tăng 2,8%; khu vực công nghiệp - xây dựng tăng 10,2%; khu vực dịch vụ tăng 6,9%.';
    expectFigure(text, '2,8%', { indicator: undefined }, pub);
    expectFigure(text, '10,2%', { indicator: undefined }, pub);
  });
  it('the sectors after the GRDP\'s own growth, behind commas', () => {
    const text = 'Tổng sản phẩm trên địa bàn ước tăng 8,05%, trong đó khu vực nông nghiệp tăng 3,1%, khu vực công nghiệp - xây dựng tăng 12,4%.';
    expectFigure(text, '3,1%', { indicator: undefined }, pub);
    expectFigure(text, '12,4%', { indicator: undefined }, pub);
  });
  it('"Giá trị tăng thêm ngành công nghiệp" with its amount and its growth', () => {
    const text = 'Giá trị tăng thêm ngành công nghiệp 9 tháng ước đạt 4.870 tỷ đồng, tăng 9,7% so với cùng kỳ.';
    expectFigure(text, '4.870 tỷ đồng', { indicator: undefined }, pub);
    expectFigure(text, '9,7%', { indicator: undefined }, pub);
  });
  it('a breakdown of the total output value keeps the sectors\' output values', () => {
    const text = 'Tổng giá trị sản xuất 9 tháng tăng 8,1%; trong đó khu vực công nghiệp - xây dựng tăng 10,9%, khu vực nông nghiệp tăng 3,6%.';
    expectFigure(text, '10,9%', { indicator: 'industrial_output_value' }, pub);
    expectFigure(text, '3,6%', { indicator: 'agricultural_output_value' }, pub);
  });
  it('an output value named after the GRDP keeps its name', () => {
    const text = 'GRDP 9 tháng ước tăng 7,4%. Giá trị sản xuất ngành công nghiệp ước đạt 21.300 tỷ đồng, tăng 11,5%.';
    expectFigure(text, '21.300 tỷ đồng', { indicator: 'industrial_output_value' }, pub);
    expectFigure(text, '11,5%', { indicator: 'industrial_output_value' }, pub);
  });
});
