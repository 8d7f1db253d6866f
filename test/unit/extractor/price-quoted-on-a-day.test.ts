// "Sáng 5/12, giá cà phê nhân xô … dao động 63.300 - 63.500 đồng/kg": a part of a day with its date, opening a sentence
// that quotes a price, dates that price by the month the day falls in (as "Ngày 3/5/2025, toàn tỉnh đón …" does a
// tally). The day of a meeting ("Sáng 15/12, HĐND huyện khai mạc …") dates none of the year's figures reviewed after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-05' };

describe('a price quoted on a day', () => {
  it('"Sáng 5/12, giá …" is the month of that day', () => {
    const text = 'Năm 2023, nông dân trong tỉnh thu hoạch 89.400 ha cà phê.\n\nSáng 5/12, giá cà phê nhân xô tại các đại lý dao động 63.300 - 63.500 đồng/kg, tăng 800 đồng/kg so với hôm qua.';
    expect(figureAt(text, '63.300', opts).period).toBe('2023-M12');
    expect(figureAt(text, '800 đồng/kg', opts).period).toBe('2023-M12');
  });

  it('"Chiều ngày 14/7, giá lúa …" too', () => {
    const text = 'Vụ Hè Thu năm 2026, toàn tỉnh xuống giống 232.500 ha.\n\nChiều ngày 14/7, giá lúa tươi OM 18 tại ruộng từ 6.900 - 7.100 đồng/kg.';
    expect(figureAt(text, '6.900', { published: '2026-07-15' }).period).toBe('2026-M07');
  });

  it('the day a meeting opens dates none of the figures it reviews', () => {
    const text = 'Sáng 15/12, HĐND huyện khai mạc kỳ họp cuối năm. Năm 2023, thu ngân sách trên địa bàn đạt 120 tỷ đồng.';
    expect(figureAt(text, '120 tỷ đồng', { published: '2023-12-16' }).period).toBe('2023');
  });
});
