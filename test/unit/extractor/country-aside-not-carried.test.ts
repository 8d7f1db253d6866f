// "… cao hơn mức tăng bình quân cả nước (cả nước tăng 21,7%). Khách lưu trú đạt 5,6 triệu lượt": the country opening an
// aside owns the figure in it, and the next sentence goes back to the province. A sentence that opens on the country
// still carries it. Found by holdout33.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-04', locality: 'tỉnh An Giang' };

describe('the country in an aside', () => {
  it('"(cả nước tăng 21,7%)" is the country\'s; the sentence after is the province\'s', () => {
    const text = 'Khách quốc tế đạt 1,32 triệu lượt, tăng 28,4%, cao hơn mức tăng bình quân cả nước (cả nước tăng 21,7%). ' +
      'Khách lưu trú đạt 5,6 triệu lượt, chiếm 37,8% tổng lượt khách.';
    expect(figureAt(text, '21,7%', opts).locality).toBe('cả nước');
    expect(figureAt(text, '5,6 triệu lượt', opts).locality).toBe('tỉnh An Giang');
  });

  it('a sentence that opens on the country carries it to the next', () => {
    const text = 'Cả nước có 1.200 xã đạt chuẩn. Trong đó 300 xã đạt chuẩn nâng cao.';
    expect(figureAt(text, '300 xã', opts).locality).toBe('cả nước');
  });
});
