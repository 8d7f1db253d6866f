// "mỗi ha lãi từ 80 - 100 triệu đồng": money said of each hectare, with no "1" before "ha", is per hectare, as "trên 1 ha"
// already is. Money in a sentence that names no hectare stays plain money.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money of each hectare', () => {
  it('"mỗi ha lãi …" is per hectare', () => {
    const text = 'Năm 2024, nông dân huyện Châu Thành trồng 2.300 ha bưởi da xanh, năng suất bình quân 20 tấn/ha, mỗi ha lãi từ 250 - 300 triệu đồng.';
    expect(figureAt(text, '250 - 300 triệu đồng').unit).toBe('VND/ha');
  });

  it('money with no hectare named is plain money', () => {
    const text = 'Năm 2024, nông dân huyện Châu Thành bán bưởi da xanh thu về 300 triệu đồng cho mỗi hộ tham gia mô hình liên kết.';
    expect(figureAt(text, '300 triệu đồng').unit).toBe('VND');
  });
});
