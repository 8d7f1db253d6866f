// "Festival Hoa Đà Lạt lần thứ 10 (từ ngày 7 đến 11/12/2024)": a bracketed stretch right after an edition's number is
// the event's own days, which frame the page; it is not the period of a figure written before it, as "đạt 8% (năm
// 2023)" would be.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch bracketed after an edition number', () => {
  it('frames the page, its later paragraphs too', () => {
    const text = 'Trong 5 ngày diễn ra Festival Hoa lần thứ 10 (từ ngày 7 đến 11/12/2024), thành phố đón khoảng 524.000 lượt khách.\n\n' +
      'Công suất sử dụng phòng của các cơ sở lưu trú đạt bình quân 82%.';
    const opts = { published: '2024-12-12' };
    expect(figureAt(text, '524.000', opts).period).toBe('2024-M12');
    expect(figureAt(text, '82%', opts).period).toBe('2024-M12');
  });

  it('still dates a figure written right before its bracket by that bracket only', () => {
    const text = 'Lượng khách đến tỉnh tăng mạnh, riêng tuần lễ hội tăng 18,6% (từ ngày 7 đến 11/12/2024).\n\n' +
      'Công suất sử dụng phòng của các cơ sở lưu trú đạt bình quân 82%.';
    expect(figureAt(text, '82%', { published: '2024-12-12' }).period).toBe('2024');
  });
});
