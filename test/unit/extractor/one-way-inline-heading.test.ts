// "Một số sản phẩm chủ yếu tăng so với cùng kỳ: quần áo may sẵn tăng 8,2%; gạch ốp lát tăng 5,4%": a heading run inline
// that says its items rose against a base measures the items that rise against it. An item that falls under it, and
// the items of a heading that names no way, keep no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('an inline heading that names one way and a base', () => {
  it('gives its rising items the heading\'s base, also after an adverb', () => {
    const text = 'Một số sản phẩm chủ yếu tăng so với cùng kỳ: quần áo may sẵn tăng 8,2%; gạch ốp lát tăng 5,4%.';
    expect(figureAt(text, '8,2%').base).toBe('same_period');
    expect(figureAt(text, '5,4%').base).toBe('same_period');
    const adverb = 'Sản phẩm 8 tháng tăng khá so với cùng kỳ: xi măng đạt 10,42 triệu tấn, tăng 4,8%; giày thể thao tăng 3,5%.';
    expect(figureAt(adverb, '4,8%').base).toBe('same_period');
  });

  it('leaves a falling item, and items under a heading with no way, without a base', () => {
    const text = 'Một số sản phẩm chủ yếu tăng so với cùng kỳ: quần áo may sẵn tăng 8,2%; sợi các loại giảm 11,6%.';
    expect(figureAt(text, '11,6%').base).toBeUndefined();
    const noWay = 'Một số sản phẩm chủ yếu: quần áo may sẵn tăng 8,2%; gạch ốp lát tăng 5,4%.';
    expect(figureAt(noWay, '5,4%').base).toBeUndefined();
  });
});
