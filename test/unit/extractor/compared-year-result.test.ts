// "Năm 2024 phấn đấu tăng trưởng 8,5%, cao hơn kết quả năm 2023 khoảng 1,2 điểm phần trăm": a comparative that names a
// year's result ("kết quả năm 2023", "thực hiện năm 2023") without "so với" measures the gap against that year, as
// "cao hơn năm 2023" does; the year is the base and dates nothing. A comparative with no year after it names no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe("a comparative against a year's result", () => {
  it('takes the year as its base and keeps the period of its sentence', () => {
    const text = 'Năm 2024, huyện phấn đấu tốc độ tăng trưởng 8,5%, cao hơn kết quả năm 2023 khoảng 1,2 điểm phần trăm.';
    const f = figureAt(text, '1,2 điểm');
    expect([f.kind, f.direction, f.base, f.period]).toEqual(['change', 'up', '2023', '2024']);
  });

  it('reads "thực hiện năm …" the same way', () => {
    const text = 'Tỷ lệ lao động qua đào tạo năm 2025 đạt 68,2%, thấp hơn thực hiện năm 2024 là 0,4 điểm phần trăm.';
    const f = figureAt(text, '0,4 điểm');
    expect([f.kind, f.direction, f.base, f.period]).toEqual(['change', 'down', '2024', '2025']);
  });

  it('names no base when the comparative names no year', () => {
    const text = 'Năm 2024, huyện phấn đấu tốc độ tăng trưởng 8,5%, cao hơn bình quân của tỉnh khoảng 1,2 điểm phần trăm.';
    expect(figureAt(text, '1,2 điểm').base).toBeUndefined();
  });
});
