// "phấn đấu … tổng giá trị sản phẩm bình quân hàng năm từ 12-14%": a commune's total product named before its yearly
// average is the growth of its product, as "tổng giá trị sản phẩm tăng …" is; "tổng giá trị sản phẩm OCOP" is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-06' };

describe('"tổng giá trị sản phẩm bình quân"', () => {
  it('is the growth of the local product', () => {
    const text = 'Nhiệm kỳ 2025-2030, Đảng bộ phường đề ra các chỉ tiêu chủ yếu, trong đó phấn đấu tổng giá trị sản phẩm bình quân hàng năm từ 12-14%.';
    expect(figureAt(text, '12-14%', opts).indicator).toBe('grdp_growth');
  });

  it('a product line\'s value is not', () => {
    const text = 'Năm 2025, tổng giá trị sản phẩm OCOP tiêu thụ đạt 12 tỷ đồng.';
    expect(figureAt(text, '12 tỷ đồng', opts).indicator).not.toBe('grdp');
  });
});
