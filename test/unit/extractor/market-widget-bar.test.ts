// A page's top bar of market widgets ("Tỷ giá USD: … | Giá vàng SJC: … | VN-Index: …") is page furniture; a gold price
// or an exchange rate written in the article's prose is read as any sentence is.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figuresIn } from './helpers.ts';

const page = (bar: string) => `BÁO ĐIỆN TỬ TỈNH\nTrang chủ | Thời sự | Kinh tế\n${bar}\n\nKinh tế\n\nNăm 2023, thu ngân sách toàn tỉnh đạt 4.520 tỷ đồng, tăng 6,1% so với năm 2022.`;

describe('market widgets in a page\'s top bar', () => {
  it('a bar of gold price, exchange rate and stock index holds no figure', () => {
    const text = page('Giá vàng 9999: 72,4 triệu đồng/lượng | Tỷ giá EUR: 26.120 | VN-Index: 1.198,6 (-0,32%)');
    expectNoFigureAt(text, '72,4 triệu đồng');
    expectNoFigureAt(text, '-0,32%');
    expect(figuresIn(text).map((f) => f.text)).toEqual(['4.520 tỷ đồng', '6,1%']);
  });

  it('one widget alone on its line ("Giá xăng RON 95: 23.400 đồng/lít") holds no figure', () => {
    expectNoFigureAt(page('Giá xăng RON 95: 23.400 đồng/lít'), '23.400');
  });

  it('a gold price in the article\'s prose is read as any sentence is', () => {
    const text = 'Trong tháng 5, chỉ số giá vàng tăng 3,2% so với tháng trước; giá vàng bình quân 72 triệu đồng/lượng.';
    expect(figuresIn(text).some((f) => f.text === '3,2%')).toBe(true);
  });

  it('a table line with a market word in one cell and plain numbers in others is no widget bar', () => {
    const text = 'Chỉ tiêu | Năm 2023 | Năm 2024\nKim ngạch xuất khẩu (triệu USD) | 1.250 | 1.410\n';
    expect(figuresIn(text).length).toBeGreaterThan(0);
  });
});

describe('a top bar that opens on the day and the weather', () => {
  it('the widgets after "Thứ Ba, 21/10/2025 | Tây Ninh 25°C - 33°C" hold no figure', () => {
    const text = page('Thứ Ba, 21/10/2025 | Tây Ninh 25°C - 33°C | Giá vàng SJC: 148,2 triệu đồng/lượng | USD: 26.345 | Xăng RON 95-III: 20.890 đồng/lít');
    expect(figuresIn(text).map((f) => f.text)).toEqual(['4.520 tỷ đồng', '6,1%']);
  });

  it('a line with the day, the weather and an article\'s count is no widget bar', () => {
    const text = 'Thứ Ba, 21/10/2025 | Tây Ninh 25°C - 33°C | Đón 1,2 triệu lượt khách\n\nGiá vàng SJC: 148,2 triệu đồng/lượng';
    expect(figuresIn(text).some((f) => f.text.startsWith('1,2 triệu'))).toBe(true);
  });
});
