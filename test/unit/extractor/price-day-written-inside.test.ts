// Prices are dated by a day written elsewhere than at the sentence's opening ("Sáng 5/12, giá …" is
// price-quoted-on-a-day): a price change taking effect at a clock time ("Từ 15 giờ ngày 21/11, các cửa hàng xăng dầu …
// điều chỉnh giá: xăng … giảm 810 đồng/lít"), which in a lead frames the item by that month; a day after the goods
// priced ("Giá vàng nhẫn 9999 tại các tiệm vàng ngày 29/3 được niêm yết ở mức …"). A clock time before a day that opens
// no price ("Từ 8 giờ ngày 5/1, hội nghị …") dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a price dated by a day written inside its sentence', () => {
  it('a price change from a clock time on a day frames the short item by that month', () => {
    const text = 'Giá xăng giảm hơn 800 đồng/lít từ 15 giờ chiều nay\n\n(BKH) - Từ 15 giờ ngày 21/11, các cửa hàng xăng dầu trên địa bàn tỉnh đồng loạt điều chỉnh giá theo thông báo của liên Bộ: xăng E5 RON 92 giảm 810 đồng/lít, còn 22.640 đồng/lít. Dầu diesel giảm 510 đồng/lít, còn 25.360 đồng/lít.\n\nHiện toàn tỉnh có 286 cửa hàng bán lẻ xăng dầu.';
    const opts = { published: '2022-11-21' };
    expect(figureAt(text, '810', opts).period).toBe('2022-M11');
    expect(figureAt(text, '510', opts).period).toBe('2022-M11');
    expect(figureAt(text, '286', opts).period).toBe('2022-M11');
  });

  it('a day after the goods priced dates the price', () => {
    const text = 'Quý I/2024, CPI tăng 4,12% so với cùng kỳ.\n\nGiá vàng nhẫn 9999 tại các tiệm vàng ngày 29/3 được niêm yết ở mức 68,9 triệu đồng/lượng, tăng 5,6 triệu đồng/lượng so với cuối năm 2023.';
    const opts = { published: '2024-03-30' };
    expect(figureAt(text, '68,9', opts).period).toBe('2024-M03');
    expect(figureAt(text, '5,6', opts).period).toBe('2024-M03');
  });

  it('a clock time on a day that opens no price dates nothing', () => {
    const text = 'Năm 2023, toàn tỉnh xử lý 1.124 vụ vi phạm.\n\nTừ 8 giờ ngày 5/1, hội nghị tổng kết đã nghe báo cáo: năm 2023 thu nộp ngân sách 8,6 tỷ đồng.';
    const opts = { published: '2024-01-06' };
    expect(figureAt(text, '8,6', opts).period).toBe('2023');
  });
});
