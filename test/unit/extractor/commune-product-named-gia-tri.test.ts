// Communes and districts name their product "tổng giá trị sản phẩm (trên địa bàn | địa phương)": its amount is the
// GRDP of the place and its growth the GRDP growth; "tổng giá trị sản xuất" stays the output value.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the local product named "tổng giá trị sản phẩm"', () => {
  const text = 'Kinh tế tăng trưởng khá; tổng giá trị sản phẩm địa phương tăng bình quân hàng năm 8,6%; tổng giá trị sản phẩm trên địa ' +
    'bàn năm 2025 đạt 2.100 tỷ đồng; tổng giá trị sản xuất đạt 5.400 tỷ đồng.';

  it('its growth is GRDP growth and its amount the GRDP', () => {
    expect(figureAt(text, '8,6%').indicator).toBe('grdp_growth');
    expect(figureAt(text, '2.100 tỷ đồng').indicator).toBe('grdp');
  });

  it('"tốc độ tăng tổng giá trị sản phẩm" in a list of targets is GRDP growth', () => {
    const target = 'Nghị quyết đề ra 25 chỉ tiêu, trong đó phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hàng năm 8%.';
    expect(figureAt(target, '8%').indicator).toBe('grdp_growth');
  });

  it('the output value keeps its name', () => {
    expect(figureAt(text, '5.400 tỷ đồng').indicator).toBe('total_output_value');
  });
});
