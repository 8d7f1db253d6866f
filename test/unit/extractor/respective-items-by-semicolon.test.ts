// "Thái Nguyên, Hà Nam, Thanh Hóa có tăng trưởng GRDP bình quân lần lượt là 11,36%/năm; 10,83%/năm và 10,62%/năm":
// some papers set the items of a "lần lượt" list off with semicolons; the k-th item still goes with the k-th place.
// A "lần lượt" in an earlier sentence governs nothing in the next.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a respective list whose items are set off by semicolons', () => {
  it('pairs each item with its place', () => {
    const text = 'Thái Nguyên, Hà Nam, Thanh Hóa có tăng trưởng GRDP bình quân lần lượt là 11,36%/năm; 10,83%/năm và 10,62%/năm.';
    expectFigure(text, '10,83%', { locality: 'tỉnh Hà Nam' });
    expectFigure(text, '10,62%', { locality: 'tỉnh Thanh Hóa' });
  });
  it('does not reach into the next sentence', () => {
    const text = 'Bến Tre có ba huyện Mỏ Cày Nam, Châu Thành và Chợ Lách lần lượt được công nhận huyện nông thôn mới vào các năm 2021, 2022 và 2023. Đến cuối năm 2024, toàn tỉnh có 115/115 xã đạt chuẩn nông thôn mới.';
    expectFigure(text, '115/115', { locality: 'tỉnh Bến Tre' }, { published: '2025-01-10' });
  });
});
