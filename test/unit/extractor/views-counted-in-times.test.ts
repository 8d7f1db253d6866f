// "Bài viết được xem: 1.027 lần" under an article is how often the page was read, a counter like "Lượt xem: 1.245", not a
// multiple; "gấp 2,6 lần năm 2021" in the body is one.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a page read so many times', () => {
  it('"được xem: 1.027 lần" and "Đã xem 2.315 lần" are no figures', () => {
    const text = 'Tỉnh Vĩnh Long\n\nNăm 2022, kim ngạch xuất khẩu đạt 1,06 tỷ USD.\n\nBài viết được xem: 1.027 lần\nĐã xem 2.315 lần';
    expectNoFigureAt(text, '1.027 lần');
    expectNoFigureAt(text, '2.315 lần');
    expect(figureAt(text, '1,06 tỷ USD').value).toBe(1.06e9);
  });

  it('a multiple in the body is still a change', () => {
    const text = 'Tỉnh Quảng Ninh\n\nNăm 2022, tổng lượt khách đạt 11,9 triệu lượt, gấp 2,6 lần năm 2021.';
    const f = figureAt(text, '2,6 lần');
    expect(f.kind).toBe('change');
    expect(f.value).toBe(2.6);
  });
});
