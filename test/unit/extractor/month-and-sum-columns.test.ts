// A bulletin's table "Thực hiện tháng 10/2026 | Cộng dồn 10 tháng | So cùng kỳ (%)": the month column is that month, the
// sum column the ten months (the year from the month column) and the index column the period of the sum it follows.
// A column that names neither keeps the report's period.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const TABLE = 'Chỉ tiêu | Thực hiện tháng 10/2026 | Cộng dồn 10 tháng | So cùng kỳ (%)\n' +
  'Kim ngạch xuất khẩu (triệu USD) | 218,4 | 2.036,7 | 116,5\n';

describe('month, sum and index columns of a bulletin table', () => {
  it('the month column is October, the sum column and its index the ten months', () => {
    expect(figureAt(TABLE, '218,4').period).toBe('2026-M10');
    const sum = figureAt(TABLE, '2.036,7');
    expect([sum.kind, sum.value, sum.period]).toEqual(['level', 2036.7e6, '2026-10M']);
    const index = figureAt(TABLE, '116,5');
    expect([index.kind, index.base, index.period]).toEqual(['attainment', 'same_period', '2026-10M']);
  });

  it('a plan column naming no month keeps the year of the report', () => {
    const text = 'Năm 2026, tỉnh đặt kế hoạch xuất khẩu.\n\nChỉ tiêu | Kế hoạch | Ước thực hiện | Tỷ lệ (%)\nKim ngạch xuất khẩu (triệu USD) | 2.600 | 2.420 | 93,1\n';
    expect(figureAt(text, '2.420').period).toBe('2026');
  });
});
