// Gold is priced by the tael or the "chỉ" ("vàng nhẫn 9999 … 148 - 151 triệu đồng/lượng", "… 7,2 triệu đồng/chỉ") and
// Tết goods by the piece ("bánh chưng loại 1 kg … 80.000 - 100.000 đồng/chiếc"): the tael, the chỉ and the piece are the
// rate's divisor, as "đồng/kg" is. A sum followed by a word that only starts the same way stays money.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-30' };

describe('prices per tael, per chỉ and per piece', () => {
  it('keeps the tael and the chỉ as divisors', () => {
    const text = 'Giá vàng nhẫn tại các tiệm vàng được niêm yết ở mức 68,9 triệu đồng/lượng (bán ra), tăng 5,6 triệu đồng/lượng so với cuối năm 2023; vàng trang sức 18K khoảng 4,1 triệu đồng/chỉ.';
    expect(figureAt(text, '68,9').unit).toBe('VND/lượng');
    expect(figureAt(text, '5,6 triệu').unit).toBe('VND/lượng');
    expect(figureAt(text, '4,1').unit).toBe('VND/chỉ');
  });

  it('keeps the piece as the divisor', () => {
    const text = 'Tại chợ, bánh chưng có giá 80.000 - 100.000 đồng/chiếc, giò lụa 220.000 đồng/kg.';
    expect(figureAt(text, '80.000').unit).toBe('VND/chiếc');
  });

  it('leaves a sum followed by other words as money', () => {
    const text = 'Các doanh nghiệp dự trữ hàng hóa trị giá 1.250 tỷ đồng, lượng hàng tăng 10% so với năm trước.';
    expect(figureAt(text, '1.250 tỷ đồng').unit).toBe('VND');
  });
});
