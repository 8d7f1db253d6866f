// A statistics office heads its table's columns with the stretch alone, "Tháng 6/2025 | 6 tháng năm 2025 | 6 tháng so
// với cùng kỳ (%)": the month's values, the sum since January and its index. A stretch without its year heads nothing.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const TABLE = 'Chỉ tiêu | Tháng 6/2025 | 6 tháng năm 2025 | 6 tháng so với cùng kỳ (%)\n' +
  'Hàng hóa vận chuyển (nghìn tấn) | 5.940 | 33.786 | 112,4\n';

describe('columns headed by a month or by months with their year', () => {
  it('reads the month, the half-year sum and the index of the sum', () => {
    const month = figureAt(TABLE, '5.940');
    expect([month.kind, month.value, month.unit, month.period]).toEqual(['level', 5940000, 'tấn', '2025-M06']);
    const sum = figureAt(TABLE, '33.786');
    expect([sum.value, sum.period]).toEqual([33786000, '2025-H1']);
    const index = figureAt(TABLE, '112,4');
    expect([index.kind, index.base, index.period]).toEqual(['attainment', 'same_period', '2025-H1']);
  });

  it('leaves a row under heads that name a stretch without its year unread', () => {
    const text = 'Chỉ tiêu | Tháng 6 | 6 tháng | Ghi chú\nHàng hóa vận chuyển (nghìn tấn) | 5.940 | 33.786 | x\n';
    expect(figuresIn(text).some((f) => f.text === '5.940' || f.text === '33.786')).toBe(false);
  });
});
