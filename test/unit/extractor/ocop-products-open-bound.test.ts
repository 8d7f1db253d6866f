// "công nhận thêm từ 40 sản phẩm OCOP trở lên": the programme's name between the counted products and "trở lên" does
// not hide the bound. Without "trở lên" the count has none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('an open bound after products named with their programme', () => {
  it('is at least', () => {
    const text = 'Năm 2025, huyện phấn đấu công nhận thêm từ 40 sản phẩm OCOP trở lên, trong đó 5 sản phẩm 4 sao.';
    expect(figureAt(text, '40 sản phẩm').bound).toBe('at_least');
    expect(figureAt(text, '40 sản phẩm').indicator).toBe('ocop_products');
  });

  it('leaves a plain count of products unbounded', () => {
    expect(figureAt('Năm 2024, huyện có thêm 40 sản phẩm OCOP được công nhận.', '40 sản phẩm').bound).toBeUndefined();
  });
});
