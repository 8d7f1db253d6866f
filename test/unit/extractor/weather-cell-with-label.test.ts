// A top bar "Giá vàng SJC: 78,2 triệu đồng/lượng | USD: 24.520 đồng | Thời tiết Cần Thơ: 24 - 32°C" is market widgets
// beside the weather, written with a colon and the degree sign after the range only; none of it is the article's.
// A bar whose other cell is no weather but a figure stays the text's.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

describe('a weather cell with a label and a range', () => {
  it('leaves the bar of widgets out', () => {
    const text = 'CẦN THƠ ONLINE\nGiá vàng SJC: 78,2 triệu đồng/lượng | USD: 24.520 đồng | Thời tiết Cần Thơ: 24 - 32°C\n\n' +
      'Tổng mức bán lẻ tháng 1/2024 ước đạt 14.860 tỷ đồng, tăng 11,2% so với cùng kỳ.';
    expect(figuresIn(text, { published: '2024-02-01' }).map((f) => f.text)).toEqual(['14.860 tỷ đồng', '11,2%']);
  });

  it('keeps a line whose other cell is a count', () => {
    const text = 'Giá vàng SJC: 78,2 triệu đồng/lượng | Khách du lịch: 24.520 lượt khách\n\nTỉnh đón khách.';
    expect(figuresIn(text, { published: '2024-02-01' }).length).toBeGreaterThan(0);
  });
});
