// A digest page ("Bản tin cuối ngày", "Điểm tin", "Tin tức trong tỉnh") prints several short items under their own
// heading lines. Its headline names the first item's period and its lead lists the items: neither frames the page, so an
// undated later item is the page's year, and an item's heading is dated by its own item. A page without the digest label
// is one report, and its headline's period goes on framing it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-05' };
const items = 'Chợ Mới: Thu ngân sách đạt 26,4% dự toán\n' +
  'Trong 2 tháng đầu năm 2024, tổng thu ngân sách trên địa bàn huyện Chợ Mới đạt 118 tỷ đồng, đạt 26,4% dự toán, tăng 8,1% so với cùng kỳ năm trước.\n\n' +
  'Phú Tân: Thêm 2 xã đạt chuẩn nông thôn mới nâng cao\n' +
  'Ngày 4/3, UBND tỉnh công nhận xã Phú Thạnh và Phú Bình đạt chuẩn nông thôn mới nâng cao; toàn huyện Phú Tân hiện có 9/17 xã đạt chuẩn nâng cao.\n';

describe('a digest page of short items', () => {
  it('the headline\'s stretch dates its own item only; an undated later item is the page\'s year and a heading its item\'s stretch', () => {
    const text = 'BẢN TIN CUỐI NGÀY 5/3/2024\n\nAn Giang: Thu ngân sách 2 tháng đầu năm tăng 8,1%\n\n' +
      'Bản tin hôm nay có các tin: huyện Chợ Mới thu ngân sách 2 tháng đạt 26,4% dự toán; huyện Phú Tân có thêm xã đạt chuẩn nông thôn mới nâng cao; giá lúa tăng nhẹ.\n\n' + items;
    expect(figureAt(text, '9/17', opts).period).toBe('2024');
    expect(figureAt(text, '26,4% dự toán\n', opts).period).toBe('2024-2M');
  });

  it('without the digest label the headline\'s stretch frames the page', () => {
    const text = 'An Giang: Thu ngân sách 2 tháng đầu năm tăng 8,1%\n\n' +
      'Báo cáo có các nội dung chính sau đây về thu ngân sách, xây dựng nông thôn mới và sản xuất nông nghiệp trên địa bàn các huyện trong tỉnh.\n\n' + items;
    expect(figureAt(text, '9/17', opts).period).toBe('2024-2M');
  });
});
