// A broadcaster's brand at the head of the page ("HÀ NAM TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NAM") says who
// publishes, like "Báo …": the district the headline names is the page's place, also in paragraphs that name none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = 'Trong 9 tháng, doanh số cho vay đạt 212,4 tỷ đồng với 4.016 lượt hộ được vay vốn.';
const page = (headline: string) => 'HÀ NAM TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NAM\nCập nhật lúc 10:20 ngày 08/10/2024\n\n' +
  `${headline}\n\n` +
  'HNTV - Đến ngày 30/9/2024, tổng dư nợ tín dụng chính sách do Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lý Nhân quản lý đạt 612,8 tỷ đồng, tăng 31,5 tỷ đồng so với đầu năm.\n\n' +
  body + '\n';

describe('a station brand in the masthead', () => {
  it('leaves the page to the district its headline names', () => {
    const text = page('Lý Nhân: Dư nợ tín dụng chính sách vượt 610 tỷ đồng');
    expect(figureAt(text, '212,4', { published: '2024-10-08' }).locality).toBe('huyện Lý Nhân');
    expect(figureAt(text, '4.016', { published: '2024-10-08' }).locality).toBe('huyện Lý Nhân');
  });

  it('still gives the province when the headline names no place', () => {
    const text = page('Dư nợ tín dụng chính sách vượt 610 tỷ đồng').replace('huyện Lý Nhân', 'tỉnh');
    expect(figureAt(text, '212,4', { published: '2024-10-08' }).locality).toBe('tỉnh Hà Nam');
  });
});
