// A length, width, height or depth right after its dimension word ("dài 185 km", "ở độ cao khoảng 1.470 m", "ngập sâu
// 0,6 m", "tàu có chiều dài từ 15 m trở lên") describes one thing or names a class of things; kilometres built,
// a total length, and how far salt water reached stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the size of one thing', () => {
  it('a road\'s length and a pass\'s stretch are no figures', () => {
    const text = 'Con đường Hạnh Phúc dài 185 km, riêng đoạn qua đèo Mã Pì Lèng dài khoảng 20 km phải đục bằng tay.';
    expectNoFigureAt(text, '185 km');
    expectNoFigureAt(text, '20 km');
  });

  it('a height, a flood depth and a widened road are no figures', () => {
    expectNoFigureAt('Cột cờ nằm ở độ cao khoảng 1.470 m so với mực nước biển.', '1.470 m');
    expectNoFigureAt('Nước ở khu chợ trung tâm có lúc ngập sâu 0,6 m.', '0,6 m');
    expectNoFigureAt('Đoạn quốc lộ qua đèo sau khi được mở rộng lên 9 m mặt đường.', '9 m');
  });

  it('the length that names a class of boats is no figure, the boats counted are', () => {
    const text = 'Toàn huyện có 412 tàu cá, trong đó 96 tàu có chiều dài từ 15 m trở lên đánh bắt xa bờ.';
    expectNoFigureAt(text, '15 m');
    expect(figureAt(text, '96 tàu').value).toBe(96);
  });

  it('a total length of roads built stays a figure', () => {
    const f = figureAt('Năm 2024, huyện cứng hóa 46 tuyến đường với tổng chiều dài 52 km.', '52 km');
    expect([f.value, f.unit]).toEqual([52, 'km']);
  });

  it('salt water reaching 58 km inland stays a figure', () => {
    expect(figureAt('Ranh mặn 4‰ trên sông Cái Lớn đã vào sâu 58 km.', '58 km').value).toBe(58);
  });

  it('a length after the works counted before it stays a figure', () => {
    expect(figureAt('Xã nạo vét 25 tuyến kênh, dài 42 km.', '42 km').value).toBe(42);
  });
});
