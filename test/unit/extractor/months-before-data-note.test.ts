// "Tính chung 9 tháng (tính gộp các phường cũ), thu ngân sách đạt …": a bracketed note on how the months' data were
// summed, right after the months, does not hide them; the figures are the months'. A bracket that says something else
// after a length of months leaves it a length of time.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-12' };

describe('months followed by a note on their data', () => {
  it('still date the figures after them', () => {
    const text = 'Quý III, xã thu ngân sách 12,4 tỷ đồng. Lũy kế 9 tháng (số liệu tính gộp hai xã cũ), tổng thu ngân sách đạt 31,6 tỷ đồng, tăng 5,2% so với cùng kỳ.';
    expect(figureAt(text, '31,6 tỷ đồng', opts).period).toBe('2025-9M');
    expect(figureAt(text, '5,2%', opts).period).toBe('2025-9M');
  });

  it('a bracket of another kind does not make a length of months a period', () => {
    const text = 'Sau 6 tháng (kể từ ngày khởi công), nhà thầu đã thi công đạt 45% khối lượng.';
    expect(figureAt(text, '45%', opts).period).toBe('2025');
  });
});
