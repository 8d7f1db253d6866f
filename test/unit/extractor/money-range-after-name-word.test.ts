// A range of money whose unit follows only its high end ("cao hơn ngoài mô hình 2 - 3 triệu đồng/ha") is read whole,
// even after a word that names things by number ("mô hình 2"): money is never a name's number. A name word before a
// bare number that opens no money range still makes it a name.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a money range after a naming word', () => {
  it('reads both ends of a money range right after "mô hình"', () => {
    const f = figureAt('Ở huyện Châu Thành, lợi nhuận lúa trong liên kết cao hơn ngoài mô hình 2 - 3 triệu đồng/ha.', '2 - 3 triệu');
    expect(f.text).toBe('2 - 3 triệu đồng/ha');
    expect(f.value).toBe(2_000_000);
    expect(f.high).toBe(3_000_000);
  });

  it('keeps a model named by number a name when a range of years, not money, follows', () => {
    const texts = figuresIn('Ở huyện Châu Thành, nông dân áp dụng mô hình 2 - 3 năm nay.').map((f) => f.text);
    expect(texts).toEqual([]);
  });
});
