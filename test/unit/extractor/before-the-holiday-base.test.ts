// Holiday market reports compare prices with the days just before the holiday ("tăng 10 - 15% so với trước Tết"): the
// period before; "so với Tết năm trước" stays the same period.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a price against the days before the holiday', () => {
  it('is against the previous period', () => {
    const text = 'Trong những ngày cận Tết, thịt bò 280.000 - 320.000 đồng/kg, tăng 10 - 15% so với trước Tết. Giá phòng tăng 15 - 20% so với trước kỳ nghỉ.';
    expect(figureAt(text, '10 - 15%').base).toBe('previous_period');
    expect(figureAt(text, '15 - 20%').base).toBe('previous_period');
  });

  it('last year\'s holiday stays the same period', () => {
    const text = 'Dịp Tết, doanh thu du lịch tăng 8% so với Tết năm trước.';
    expect(figureAt(text, '8%').base).toBe('same_period');
  });
});
