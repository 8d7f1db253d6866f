// "Tốc độ tăng giá trị sản xuất các ngành nông - lâm - thủy sản, công nghiệp - xây dựng và dịch vụ lần lượt là …": "các
// ngành" between the output value and the sector names it as "ngành" alone does, so the farm sector's figure is the
// agricultural output value, not the whole output. "Tổng giá trị sản xuất các ngành" alone is still the total.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2023-12-20' };

describe('"giá trị sản xuất các ngành" before a sector', () => {
  it('names the farm sector\'s output value', () => {
    const text = 'Tốc độ tăng giá trị sản xuất các ngành nông - lâm - thủy sản, công nghiệp - xây dựng và dịch vụ lần lượt là 2,8%, 11,4% và 9,6%.';
    expectFigure(text, '2,8%', { indicator: 'agricultural_output_value' }, pub);
    expectFigure(text, '11,4%', { indicator: 'industrial_output_value' }, pub);
    expectFigure('Giá trị sản xuất các ngành công nghiệp ước đạt 4.120 tỷ đồng.', '4.120 tỷ', { indicator: 'industrial_output_value' }, pub);
  });
  it('leaves the output of all sectors the total', () => {
    expectFigure('Tổng giá trị sản xuất các ngành ước đạt 12.400 tỷ đồng.', '12.400 tỷ', { indicator: 'total_output_value' }, pub);
  });
});
