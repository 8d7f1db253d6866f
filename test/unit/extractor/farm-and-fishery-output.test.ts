// "tổng giá trị sản xuất nông - ngư nghiệp hơn 696 tỷ đồng" (a coastal district's farming and fishing), "giá trị sản xuất
// nông, lâm nghiệp": the farm sector's output value under the names coastal and upland districts give it, not the
// district's total output.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const indicators = (sentence: string) =>
  extract(`Kỳ họp cuối năm\n\nNăm 2024, huyện Long Điền đạt nhiều kết quả. ${sentence}`, { published: '2024-12-20' }).figures.map((f) => [f.text, f.indicator ?? null]);

describe('the farm sector named with fishing or forestry', () => {
  it('is agricultural output value', () => {
    expect(indicators('Tổng giá trị sản xuất nông - ngư nghiệp hơn 696 tỷ đồng, đạt 100% so với nghị quyết.'))
      .toEqual([['696 tỷ đồng', 'agricultural_output_value'], ['100%', 'agricultural_output_value']]);
    expect(indicators('Giá trị sản xuất nông, lâm nghiệp ước đạt 1.250 tỷ đồng.')).toEqual([['1.250 tỷ đồng', 'agricultural_output_value']]);
  });

  it('leaves the whole economy\'s output value as it was', () => {
    expect(indicators('Tổng giá trị sản xuất ước đạt 8.185 tỷ đồng.')).toEqual([['8.185 tỷ đồng', 'total_output_value']]);
  });
});
