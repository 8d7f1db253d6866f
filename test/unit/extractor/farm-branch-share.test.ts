// "tỷ trọng chăn nuôi chiếm trên 53% giá trị sản xuất nông nghiệp": a farming branch's share of the farm output is the
// make-up of farming, not the output value, so it has no indicator (as the corpus decided for "chăn nuôi chiếm 43,5%").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-28' };

describe('a farming branch\'s share of the farm output', () => {
  it('"tỷ trọng chăn nuôi chiếm trên 53% giá trị sản xuất nông nghiệp" has no output value', () => {
    const text = 'Năm 2024, giá trị sản xuất nông nghiệp ước đạt 9.420 tỷ đồng; tỷ trọng chăn nuôi chiếm trên 48% giá trị sản xuất nông nghiệp.';
    expect(figureAt(text, '48%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '9.420 tỷ', OPTS).indicator).toBe('agricultural_output_value');
  });

  it('"trong đó thủy sản chiếm 31,2%" neither', () => {
    const text = 'Năm 2024, giá trị sản xuất nông nghiệp ước đạt 9.420 tỷ đồng, trong đó thủy sản chiếm 31,2%.';
    expect(figureAt(text, '31,2%', OPTS).indicator).toBeUndefined();
  });

  it('the farm output\'s growth stays its own', () => {
    const text = 'Năm 2024, giá trị sản xuất nông nghiệp ước đạt 9.420 tỷ đồng, tăng 3,1% so với năm 2023.';
    expect(figureAt(text, '3,1%', OPTS).indicator).toBe('agricultural_output_value');
  });
});

describe('a farming branch\'s own growth, named bare', () => {
  it('"lâm nghiệp tăng 6,46%, thủy sản tăng 4,48%" after the farm output are no output value', () => {
    const text = 'Năm 2024, giá trị sản xuất nông nghiệp tăng 3,2%; lâm nghiệp tăng 6,46%, thủy sản tăng 4,48%.';
    expect(figureAt(text, '3,2%', OPTS).indicator).toBe('agricultural_output_value');
    expect(figureAt(text, '6,46%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '4,48%', OPTS).indicator).toBeUndefined();
  });

  it('a branch\'s output value named in full keeps its id', () => {
    const text = 'Năm 2024, giá trị sản xuất nông nghiệp tăng 3,2%; giá trị sản xuất nông nghiệp ngành thủy sản tăng 4,48%.';
    expect(figureAt(text, '4,48%', OPTS).indicator).toBe('agricultural_output_value');
  });
});
