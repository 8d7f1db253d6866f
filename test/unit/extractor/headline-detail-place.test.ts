// "Sốt xuất huyết tăng 2,3 lần so với cùng kỳ, Nha Trang là điểm nóng" under "BÁO KHÁNH HOÀ ĐIỆN TỬ": a city first named
// in a later clause of the headline is a detail of the province's news; the page is the masthead's province. A
// headline about the city ("Nha Trang: …") stays the city's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = '\n\nTheo CDC tỉnh, trong tuần 32, toàn tỉnh ghi nhận 186 ca mắc sốt xuất huyết.\n\nCộng dồn từ đầu năm, có 3.412 ca mắc.';

describe('a place named in a later clause of the headline', () => {
  it('leaves the page the masthead province', () => {
    const text = `BÁO KHÁNH HOÀ ĐIỆN TỬ\n\nSốt xuất huyết tăng 2,3 lần so với cùng kỳ, Nha Trang là điểm nóng${body}`;
    expect(figureAt(text, '3.412', { published: '2024-08-14' }).locality).toBe('tỉnh Khánh Hòa');
  });
  it('a headline led by the city keeps the city', () => {
    const text = `BÁO KHÁNH HOÀ ĐIỆN TỬ\n\nNha Trang: sốt xuất huyết tăng 2,3 lần so với cùng kỳ${body}`;
    expect(figureAt(text, '3.412', { published: '2024-08-14' }).locality).toBe('thành phố Nha Trang');
  });
});
