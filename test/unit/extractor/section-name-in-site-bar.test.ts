// A provincial site's menu may carry a section named after one of its places ("Thời sự | Kinh tế | Phú Quốc | Xã hội").
// That is a section of the site, not the place a headline names: the page stays the province's. A headline that does
// name the special zone bare ("Phú Quốc đón …") makes it the page's place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (menu: string, headline: string) =>
  `BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG\n${menu}\n\n${headline}\n\nChiều 9/7, sau ba ngày làm việc, kỳ họp thường lệ giữa năm 2026 của HĐND tỉnh An Giang khóa XI bế mạc. Kỳ họp đã xem xét báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, chất vấn các thành viên UBND tỉnh và thông qua nhiều nghị quyết.\n\nTổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 11.284 tỷ đồng.`;
const pub = { published: '2026-07-10' };

describe('a place named as a section of the site\'s menu', () => {
  it('is not the page\'s place', () => {
    const text = page('Thời sự | Chính trị | Kinh tế | Phú Quốc | Xã hội | Thể thao', 'Bế mạc kỳ họp thứ 3 HĐND tỉnh khóa XI: thông qua 21 nghị quyết');
    expect(figureAt(text, '11.284 tỷ đồng', pub).locality).toBe('tỉnh An Giang');
  });
});

describe('the same place named in the headline', () => {
  it('is the page\'s place', () => {
    const text = page('Thời sự | Chính trị | Kinh tế | Xã hội | Thể thao', 'Phú Quốc: thu ngân sách 6 tháng vượt kế hoạch');
    expect(figureAt(text, '11.284 tỷ đồng', pub).locality).toBe('đặc khu Phú Quốc');
  });
});
