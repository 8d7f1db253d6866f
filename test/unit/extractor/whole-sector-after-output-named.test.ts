// "giá trị sản xuất toàn ngành" points back, within its paragraph, to the sector named before it: as a "ngành" or, as a
// resolution's review names it, with its output ("Tốc độ tăng giá trị sản xuất công nghiệp bình quân … Năm 2023, giá trị
// sản xuất toàn ngành đạt …").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"toàn ngành" after a sector named with its output', () => {
  it('the whole sector is the industry named with its output in the sentence before', () => {
    const text = 'Tốc độ tăng giá trị sản xuất công nghiệp bình quân hai năm 2022 - 2023 đạt 9,4%/năm. Năm 2023, giá trị sản xuất toàn ngành đạt 12.460 tỷ đồng.';
    expect(figureAt(text, '12.460 tỷ đồng').indicator).toBe('industrial_output_value');
  });

  it('the farm sector named with its output the same way', () => {
    const text = 'Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng bình quân 3,2%/năm. Năm 2023, giá trị sản xuất toàn ngành đạt 4.870 tỷ đồng.';
    expect(figureAt(text, '4.870 tỷ đồng').indicator).toBe('agricultural_output_value');
  });

  it('a sector named in another paragraph is not the one "toàn ngành" points to', () => {
    const text = 'Giá trị sản xuất công nghiệp tăng 9,4%.\n\nTrong lĩnh vực dịch vụ, giá trị sản xuất toàn ngành đạt 6.120 tỷ đồng.';
    expect(figureAt(text, '6.120 tỷ đồng').indicator).not.toBe('industrial_output_value');
  });
});
