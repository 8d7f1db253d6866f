// A town's weather on a top line ("Thứ Hai, 12/05/2025 | Tuy Hòa 29°C") is a widget even when the line has only the
// day beside it: the town is not what the page is about. A town named in the headline without a temperature is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (top: string, headline: string) =>
  `BÁO ĐIỆN TỬ\n${top}\n\n${headline}\n\nSáng 11/5, tại phường Tuy Hòa, lãnh đạo tỉnh họp đánh giá kết quả 4 tháng.\n\nTổng vốn đầu tư toàn xã hội ước đạt 12.400 tỷ đồng.`;

describe('a weather reading on a short top line', () => {
  it('leaves the headline\'s province as the page\'s place', () => {
    const text = page('Thứ Hai, 12/05/2025 | Tuy Hòa 29°C', 'Đắk Lắk: Vốn đầu tư 4 tháng tăng khá');
    expect(figureAt(text, '12.400 tỷ đồng', { published: '2025-05-12' }).locality).toBe('tỉnh Đắk Lắk');
  });

  it('is a widget with a range of temperatures too', () => {
    const text = page('Tuy Hòa 26°C - 31°C', 'Đắk Lắk: Vốn đầu tư 4 tháng tăng khá');
    expect(figureAt(text, '12.400 tỷ đồng', { published: '2025-05-12' }).locality).toBe('tỉnh Đắk Lắk');
  });
});

describe('the same town in a headline with no temperature', () => {
  it('is the page\'s place', () => {
    const text = page('Thứ Hai, 12/05/2025', 'Phường Tuy Hòa: Vốn đầu tư 4 tháng tăng khá');
    expect(figureAt(text, '12.400 tỷ đồng', { published: '2025-05-12' }).locality).toBe('phường Tuy Hòa');
  });
});
