// "Chi ngân sách tháng 9 ước 2.860 tỷ đồng; lũy kế 9 tháng chi 19.540 tỷ đồng": the months a report sums, then what was
// spent in them (or "thực thu", what was actually collected), date the running total, not the month named before it.
// Months counted as a length of time ("sau 3 tháng chi trả") stay one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-07' };

describe('months summed, then spent or actually collected', () => {
  it('dates the spending summed over the months', () => {
    const text = 'Chi ngân sách địa phương tháng 9 ước 2.860 tỷ đồng; lũy kế 9 tháng chi 19.540 tỷ đồng, bằng 58,7% dự toán.';
    expect(figureAt(text, '2.860 tỷ đồng', opts).period).toBe('2024-M09');
    expect(figureAt(text, '19.540 tỷ đồng', opts).period).toBe('2024-9M');
    expect(figureAt(text, '58,7%', opts).period).toBe('2024-9M');
  });

  it('dates the revenue actually collected over earlier months', () => {
    const text = 'Tính chung 9 tháng, tổng thu ước đạt 39.870 tỷ đồng. Số liệu chính thức tháng 8/2024 đạt 4.105 tỷ đồng. Như vậy, lũy kế 8 tháng thực thu 34.750 tỷ đồng.';
    expect(figureAt(text, '34.750 tỷ đồng', opts).period).toBe('2024-8M');
  });

  it('leaves a length of time alone', () => {
    const text = 'Tháng 9, huyện chi trả trợ cấp 12 tỷ đồng. Sau 3 tháng chi trả, có 1.250 hộ nhận đủ tiền.';
    expect(figureAt(text, '1.250', opts).period).not.toBe('2024-3M');
  });
});
