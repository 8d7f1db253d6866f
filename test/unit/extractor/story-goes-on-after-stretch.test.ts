// "Hộ ông Đào Văn Bảy … có 2 ha đất lúa. Từ đầu năm đến nay, ông liên tiếp trúng 2 vụ lúa; vụ đầu năm lãi khoảng
// 35 triệu đồng/ha": a sentence that opens on a stretch of the story's own, then "ông", goes on with the household
// before it; its money is that household's, not a result of the place.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const opts = { published: '2023-07-20' };

describe('a story goes on after its own stretch', () => {
  it('"Từ đầu năm đến nay, ông …" keeps the household story', () => {
    const text = 'Giá lúa tăng. Gia đình ông Trần Văn Hai, ở ấp Phú Lợi có 3 ha lúa. Từ đầu năm đến nay, ông trúng 2 vụ; vụ đầu năm lãi khoảng 30 triệu đồng/ha.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual([]);
  });

  it('"Năm ngoái, anh …" too', () => {
    const text = 'Gia đình anh Lê Văn Tư, ở thôn 2 có 1,5 ha cà phê. Năm ngoái, anh thu 6 tấn nhân.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual([]);
  });

  it('a place\'s stretch after the story still reports', () => {
    const text = 'Gia đình ông Trần Văn Hai, ở ấp Phú Lợi có 3 ha lúa. Từ đầu năm đến nay, toàn huyện gieo sạ 41.200 ha lúa.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['41.200 ha']);
  });
});
