// On a digest page each item is about the place its first sentence names: a ward or commune there holds through the
// item (its heading, its later clauses and sentences), though elsewhere a commune owns only its own clause. The next
// item, naming none, is the province's again; on a page that is no digest the commune keeps to its clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-02-10' };
const head = 'BÁO QUẢNG TRỊ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ\n\nĐiểm tin ngày 10/2\n\n' +
  'Bản tin hôm nay điểm lại những tin đáng chú ý trong tỉnh: phường Đồng Hới thu hút khách du lịch dịp đầu năm; xã Lệ Thủy trồng mới rừng; toàn tỉnh giải ngân vốn đầu tư công đạt khá.\n\n';
const items = 'Lệ Thủy: Trồng mới 420 ha rừng\n' +
  'Năm 2025, xã Lệ Thủy trồng mới 420 ha rừng tập trung; tỷ lệ che phủ rừng đạt 61,2%. Giá gỗ keo nguyên liệu hiện ở mức 1,3 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với cùng kỳ.\n\n' +
  'Giải ngân vốn đầu tư công đạt khá\n' +
  'Đến hết tháng 1/2026, toàn tỉnh đã giải ngân 1.240 tỷ đồng vốn đầu tư công, đạt 8,6% kế hoạch, cao hơn cùng kỳ năm trước.\n';

describe('the place of a digest item', () => {
  it('the commune its first sentence names owns its heading and its later sentences; the next item is the province\'s', () => {
    const text = head + items;
    expect(figureAt(text, '420 ha rừng\n', opts).locality).toBe('xã Lệ Thủy');
    expect(figureAt(text, '61,2%', opts).locality).toBe('xã Lệ Thủy');
    expect(figureAt(text, '1,3 triệu đồng/tấn', opts).locality).toBe('xã Lệ Thủy');
    expect(figureAt(text, '1.240 tỷ đồng', opts).locality).toBe('tỉnh Quảng Trị');
  });

  it('on a page that is no digest a commune owns its own clause only', () => {
    const text = 'BÁO QUẢNG TRỊ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ\n\nQuảng Trị phát triển rừng trồng\n\n' +
      'Năm 2025, toàn tỉnh trồng mới hơn 9.000 ha rừng tập trung, trong đó có nhiều địa phương vượt kế hoạch đề ra và nhân dân tích cực tham gia.\n\n' +
      'Năm 2025, xã Lệ Thủy trồng mới 420 ha rừng tập trung; tỷ lệ che phủ rừng toàn tỉnh đạt 49,5%, tăng 0,3 điểm phần trăm so với năm 2024.\n';
    expect(figureAt(text, '49,5%', opts).locality).toBe('tỉnh Quảng Trị');
  });
});
