// "mỗi tàu đạt 5,8 tấn/chuyến", "chủ tàu lãi từ 200 - 300 triệu đồng/chuyến": a fishing trip's catch and earnings are rates
// per trip, as fares are per ticket; a count of trips stays a count.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-05-10' };

describe('rates per trip', () => {
  it('a catch per trip', () => {
    const text = 'Vụ cá Bắc năm nay, bình quân mỗi tàu câu đạt 6,2 tấn/chuyến.';
    expect(figureAt(text, '6,2 tấn/chuyến', opts).unit).toBe('tấn/chuyến');
  });

  it('earnings per trip', () => {
    const text = 'Sau khi trừ chi phí, chủ tàu lãi từ 150 - 250 triệu đồng/chuyến.';
    expect(figureAt(text, '150 - 250 triệu đồng/chuyến', opts).unit).toBe('VND/chuyến');
  });

  it('a count of runs stays a count', () => {
    const text = 'Bến xe xuất bến 1.126 chuyến xe trong dịp Tết.';
    expect(figureAt(text, '1.126', opts).unit).toBe('chuyến xe');
  });
});
