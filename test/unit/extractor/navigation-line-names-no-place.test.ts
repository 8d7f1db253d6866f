// A navigation bar or breadcrumb copied over the headline names the site's sections and its weather widget: a province
// in a section's name ("Lâm Đồng 24h"), a town beside the temperature, or "huyện, thành phố" in a breadcrumb are not the
// page's place; the district the headline names is. A table row of places and numbers is no such line.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = 'Chiều 3/10, lãnh đạo địa phương chủ trì buổi làm việc với các phòng, ban chuyên môn để rà soát kết quả thực hiện nhiệm vụ và bàn giải pháp cho những tháng cuối năm.\n\n' +
  'Theo báo cáo, tổng giá trị sản xuất 9 tháng ước đạt 4.120 tỷ đồng, tăng 6,9% so với cùng kỳ.';

describe('a navigation line names no place of the page', () => {
  it('a section named after the province in the menu bar does not beat the headline\'s district', () => {
    const text = `Trang chủ | Thời sự | Kinh tế | Xã hội | Lâm Đồng 24h | Liên hệ\n\nDi Linh: Giá trị sản xuất 9 tháng tăng khá\n\n${BODY}`;
    expect(figureAt(text, '4.120 tỷ đồng').locality).toBe('huyện Di Linh');
  });

  it('the weather widget\'s town and a breadcrumb\'s "huyện, thành phố" do not beat the headline\'s district', () => {
    const text = `Thứ Hai, 06/10/2025 | Bảo Lộc 24°C | Đăng nhập\nKinh tế > Kinh tế huyện, thành phố\n\nDi Linh: Giá trị sản xuất 9 tháng tăng khá\n\n${BODY}`;
    expect(figureAt(text, '4.120 tỷ đồng').locality).toBe('huyện Di Linh');
  });

  it('a place in a line that is a table row, with numbers in its cells, still counts', () => {
    const text = `Bảo Lộc | 4.120 | 6,9\n\nKết quả 9 tháng\n\n${BODY}`;
    expect(figureAt(text, '6,9% so').locality).toBe('thành phố Bảo Lộc');
  });
});
