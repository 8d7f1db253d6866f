// "BẠC LIÊU ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẠC LIÊU" over a district's page: the site's name
// and the publisher's formula on one line say who publishes; the province opening the line is not the page's place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = [
  'Huyện ủy Hòa Bình: 16/18 chỉ tiêu năm 2023 đạt và vượt',
  '',
  'Ngày 15/12, Ban Chấp hành Đảng bộ huyện Hòa Bình tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023 và bàn phương hướng, nhiệm vụ năm 2024.',
  '',
  'Kết quả chủ yếu (so với năm 2022):',
  '- Sản lượng tôm nuôi: 21.460 tấn, +4,8%.',
].join('\n');

describe("a site's name set off by a dash before the publisher's formula", () => {
  it('the province opening the masthead does not take the unplaced list of a district page', () => {
    const text = `BẠC LIÊU ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẠC LIÊU\n${BODY}`;
    expect(figureAt(text, '21.460 tấn').locality).toBe('huyện Hòa Bình');
  });

  it('a headline line with a dash that is no formula still names its province', () => {
    const text = 'Bạc Liêu online - thêm 2 huyện có dịch vụ công trực tuyến toàn trình\n\nTheo Sở Thông tin và Truyền thông, đến cuối năm 2023 toàn tỉnh có 1.240 thủ tục hành chính được cung cấp trực tuyến toàn trình, tăng 18% so với năm 2022.';
    expect(figureAt(text, '1.240').locality).toBe('tỉnh Bạc Liêu');
  });
});
