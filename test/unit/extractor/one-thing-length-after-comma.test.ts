// "Đồng chí đề nghị sớm khởi công tuyến đường nối trung tâm huyện với cửa khẩu, dài khoảng 18 km": a length set off by a
// comma after one thing named (no number, no plural before it in the sentence) is that thing's size, no figure. After
// works counted ("nạo vét 25 tuyến kênh, dài 42 km") or named as many ("các tuyến đường, dài 120 km") it is their total.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a length after a comma', () => {
  it('is the size of the one thing named before it', () => {
    expectNoFigureAt('Đồng chí đề nghị sớm khởi công tuyến đường nối trung tâm huyện với cửa khẩu, dài khoảng 18 km.', '18 km');
    expectNoFigureAt('Tỉnh đang đầu tư cầu vượt sông Hồng, dài gần 2 km.', '2 km');
  });

  it('is the total of works counted or named as many', () => {
    expect(figureAt('Năm 2024, huyện nhựa hóa 12 tuyến đường liên xã, dài 36 km.', '36 km').value).toBe(36);
    expect(figureAt('Năm 2024, huyện đã nạo vét các tuyến kênh nội đồng, dài 120 km.', '120 km').value).toBe(120);
  });
});
