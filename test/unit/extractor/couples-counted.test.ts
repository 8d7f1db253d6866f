// "có 6.240 cặp nam, nữ được tư vấn, khám sức khỏe trước kết hôn", "ghi nhận 18 cặp tảo hôn": couples are a counted
// noun in population reports; a price per pair stays money per "cặp".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('couples counted', () => {
  it('counts couples counselled and child marriages, with their change', () => {
    const text = 'Năm 2023, huyện Mèo Vạc ghi nhận 18 cặp tảo hôn, giảm 7 cặp so với năm 2022; 1.240 cặp nam, nữ được tư vấn trước kết hôn.';
    expect(figureAt(text, '18').unit).toBe('cặp');
    expect(figureAt(text, '7 cặp').kind).toBe('change');
    expect(figureAt(text, '1.240').value).toBe(1240);
  });

  it('a price per pair is still money per pair', () => {
    const text = 'Tại chợ hoa, cúc mâm xôi có giá 120.000 - 180.000 đồng/cặp, tăng nhẹ so với Tết năm trước.';
    expect(figureAt(text, '120.000').unit).toBe('VND/cặp');
  });
});
