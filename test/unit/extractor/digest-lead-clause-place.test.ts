// A digest's lead lists the day's items clause by clause, each about its own place: a district one clause names does not
// carry into the next clause, which is the province's unless it names its own. In an ordinary lead the district named
// first goes on to the end of its paragraph.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-04' };
const masthead = 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP\nThứ Tư, 04/10/2023 - 20:10\n\n';

describe('places in a digest\'s lead', () => {
  it('a district named in one clause of the lead owns that clause only', () => {
    const text = masthead + 'Bản tin cuối ngày 4/10: Tháp Mười thu hoạch lúa Thu Đông\n\n' +
      'Bản tin hôm nay có các tin: huyện Tháp Mười thu hoạch 12.500 ha lúa Thu Đông; kim ngạch xuất khẩu 9 tháng đạt 1,12 tỷ USD; ' +
      'giá cá tra nguyên liệu tăng nhẹ.\n\nTháp Mười thu hoạch lúa Thu Đông\nNgày 4/10, nông dân huyện Tháp Mười bắt đầu thu hoạch lúa Thu Đông năm 2023, năng suất ước đạt 5,9 tấn/ha.\n';
    expect(figureAt(text, '12.500 ha', opts).locality).toBe('huyện Tháp Mười');
    expect(figureAt(text, '1,12 tỷ USD', opts).locality).toBe('tỉnh Đồng Tháp');
  });

  it('in a lead that lists no items the district carries through its paragraph', () => {
    const text = masthead + 'Tháp Mười thu hoạch lúa Thu Đông\n\n' +
      'Những ngày này, huyện Tháp Mười thu hoạch 12.500 ha lúa Thu Đông; sản lượng ước đạt 73.750 tấn, giá lúa tươi tại ruộng ổn định ở mức cao.\n';
    expect(figureAt(text, '73.750 tấn', opts).locality).toBe('huyện Tháp Mười');
  });
});
