// "BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH SÓC TRĂNG" over a page about the city:
// the formula says whose paper it is, so its province is not the place of the paragraphs that name none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = [
  'Thành ủy Sóc Trăng: 27/31 chỉ tiêu Nghị quyết năm 2023 đạt và vượt',
  '',
  '(STO) - Sáng 13/12, Ban Chấp hành Đảng bộ thành phố Sóc Trăng tổ chức hội nghị đánh giá kết quả thực hiện Nghị quyết năm 2023. Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.',
  '',
  'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 31.580 tỷ đồng, tăng 14,2%.',
].join('\n');

describe("a publisher's formula in the masthead", () => {
  it("the province closing the formula does not take a city page's unplaced paragraph", () => {
    const text = `BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH SÓC TRĂNG\n${BODY}`;
    expect(figureAt(text, '31.580 tỷ đồng').locality).toBe('thành phố Sóc Trăng');
  });

  it('a province named in a head line that is no formula still counts', () => {
    const text = 'Tỉnh Sóc Trăng: tổng kết năm 2023\n\nSáng 13/12, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của các sở, ngành.\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 31.580 tỷ đồng, tăng 14,2%.';
    expect(figureAt(text, '31.580 tỷ đồng').locality).toBe('tỉnh Sóc Trăng');
  });
});
