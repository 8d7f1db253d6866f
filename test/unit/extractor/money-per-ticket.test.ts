// A fare "2,8 - 3,2 triệu đồng/vé" is money per ticket, as "đồng/kg" is money per kilogram; a bare "triệu đồng" stays VND.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money per ticket', () => {
  it('a fare range is VND per ticket', () => {
    const text = 'Giá vé máy bay chặng Hà Nội - Huế ở mức 2,8 - 3,2 triệu đồng/vé.';
    const f = figureAt(text, '2,8 - 3,2');
    expect([f.unit, f.value, f.high]).toEqual(['VND/vé', 2.8e6, 3.2e6]);
  });

  it('ticket sales in money are plain VND', () => {
    const text = 'Doanh thu bán vé đạt 8,6 tỷ đồng.';
    expect(figureAt(text, '8,6 tỷ đồng').unit).toBe('VND');
  });
});
