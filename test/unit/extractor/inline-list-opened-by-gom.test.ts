// "Nhiều mặt hàng có kim ngạch xuất khẩu tăng so với cùng kỳ, gồm thủy sản chế biến ước đạt 19,7 triệu USD (tăng
// 25,9%); may mặc 66,4 triệu USD (tăng 30,1%)": "gồm" after the heading's clause opens an inline list as a colon does;
// each rise is measured against the base its heading names.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Nhiều mặt hàng có kim ngạch xuất khẩu tăng so với cùng kỳ, gồm thủy sản chế biến ước đạt 21,3 triệu USD (tăng 22,4%); may mặc 58,1 triệu USD (tăng 17,6%); thép 512 triệu USD (tăng 40,2%).';

describe('an inline list opened by "gồm"', () => {
  it('measures its rises against the heading\'s base', () => {
    expect(figureAt(text, '22,4%').base).toBe('same_period');
    expect(figureAt(text, '40,2%').base).toBe('same_period');
  });

  it('a list whose heading names no base gives none', () => {
    const plain = 'Nhiều mặt hàng xuất khẩu chủ lực, gồm thủy sản chế biến 21,3 triệu USD (tăng 22,4%); thép 512 triệu USD (tăng 40,2%).';
    expect(figureAt(plain, '40,2%').base).toBeUndefined();
  });
});
