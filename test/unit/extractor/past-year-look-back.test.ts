// "Dịp nghỉ lễ Quốc khánh 2/9 năm nay …" then a paragraph "Năm 2024, Thanh Hóa chính là địa phương đứng đầu cả nước …"
// that gives no figure: a look back, which dates its own paragraph only; the holiday's figures after it are this year's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const LEAD = 'Dịp nghỉ lễ Quốc khánh 2/9 năm nay kéo dài 4 ngày, các điểm du lịch trên địa bàn tỉnh thu hút đông đảo du khách. ' +
  'Các cơ sở lưu trú, nhà hàng chuẩn bị chu đáo, bảo đảm an toàn, vệ sinh thực phẩm và niêm yết giá công khai.';
const AFTER = 'Theo Sở Văn hóa, Thể thao và Du lịch, trong 4 ngày nghỉ lễ, toàn tỉnh đón khoảng 1,05 triệu lượt khách, tăng 12% so với cùng kỳ.';
const periods = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.text, f.period]);

describe('a past year looked back at', () => {
  it('dates only its own paragraph when that paragraph gives no figure', () => {
    const text = `Du lịch Thanh Hóa đón khách dịp lễ\n\n${LEAD}\n\nNăm 2024, Thanh Hóa chính là địa phương đứng đầu cả nước về lượng khách dịp lễ Quốc khánh.\n\n${AFTER}`;
    expect(periods(text, '2025-09-03')).toEqual([['1,05 triệu lượt khách', '2025'], ['12%', '2025']]);
  });

  it('still frames a year-end report that opens its body on the year it reviews', () => {
    const text = 'Huyện tổng kết công tác năm\n\nSáng 20/1, UBND huyện tổ chức hội nghị tổng kết, triển khai nhiệm vụ.\n\n' +
      'Năm 2024, trong bối cảnh còn nhiều khó khăn, huyện đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các giải pháp.\n\n' +
      'Thu ngân sách trên địa bàn đạt 420 tỷ đồng, vượt 12% dự toán.';
    expect(periods(text, '2025-01-21')).toEqual([['420 tỷ đồng', '2024'], ['12%', '2024']]);
  });

  it('goes on framing when its paragraph gives a figure', () => {
    const text = `Du lịch Thanh Hóa đón khách dịp lễ\n\n${LEAD}\n\nNăm 2024, toàn tỉnh đón 12 triệu lượt khách du lịch.\n\nTổng thu du lịch đạt 22.000 tỷ đồng.`;
    expect(periods(text, '2025-09-03').at(-1)).toEqual(['22.000 tỷ đồng', '2024']);
  });
});
