// A merged province's site may show two towns' weather in one cell of its top bar ("Long Xuyên 33°C - Rạch Giá 32°C").
// The line is still the weather widget: neither town is what the page is about. Two towns' figures joined the same way
// without a temperature are no weather.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (top: string, headline: string) =>
  `BÁO ĐIỆN TỬ\n${top}\n\n${headline}\n\nSáng 11/5, lãnh đạo tỉnh họp đánh giá kết quả 4 tháng của các ngành, các địa phương và các dự án trọng điểm trên địa bàn.\n\nTổng vốn đầu tư toàn xã hội ước đạt 12.400 tỷ đồng.`;
const pub = { published: '2025-08-12' };

describe('two towns\' weather in one cell', () => {
  it('leaves the headline\'s province as the page\'s place', () => {
    const text = page('Tuy Hòa 29°C - Buôn Ma Thuột 31°C', 'Đắk Lắk: Vốn đầu tư 4 tháng tăng khá');
    expect(figureAt(text, '12.400 tỷ đồng', pub).locality).toBe('tỉnh Đắk Lắk');
  });

  it('is the weather with a range for each town too', () => {
    const text = page('Tuy Hòa 26°C - 31°C, Buôn Ma Thuột 22°C - 30°C', 'Đắk Lắk: Vốn đầu tư 4 tháng tăng khá');
    expect(figureAt(text, '12.400 tỷ đồng', pub).locality).toBe('tỉnh Đắk Lắk');
  });
});

describe('two towns joined the same way without a temperature', () => {
  it('a headline of two wards\' revenues keeps each ward with its figure', () => {
    const text = page('Thứ Ba, 12/08/2025', 'Phường Tuy Hòa thu 1.200 tỷ đồng - phường Buôn Ma Thuột thu 2.100 tỷ đồng');
    expect(figureAt(text, '1.200 tỷ đồng', pub).locality).toBe('phường Tuy Hòa');
  });
});
