// A national roundup compares places over two half-years in a table whose columns name the months and the year without
// "năm": "Địa phương | 6 tháng 2023 | 6 tháng 2024". Each cell is that place's level for those months of that year.
// Months with no year still head nothing.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a column headed by months and a year without "năm"', () => {
  it('dates each cell of a row of places by its column', () => {
    const text = 'Tăng trưởng GRDP 9 tháng của một số tỉnh (%):\nĐịa phương | 9 tháng 2022 | 9 tháng 2023\n' +
      'Thanh Hóa | 9,12 | 11,04\nCả nước | 8,83 | 4,24\n';
    const before = figureAt(text, '9,12');
    expect([before.value, before.unit, before.period, before.locality, before.indicator]).toEqual([9.12, '%', '2022-9M', 'tỉnh Thanh Hóa', 'grdp_growth']);
    const after = figureAt(text, '4,24');
    expect([after.period, after.locality]).toEqual(['2023-9M', 'cả nước']);
  });

  it('reads nothing under months that name no year', () => {
    const text = 'Tăng trưởng GRDP của một số tỉnh (%):\nĐịa phương | 6 tháng | Cả năm\nThanh Hóa | 9,12 | 11,04\n';
    expect(figuresIn(text).some((f) => f.text === '9,12')).toBe(false);
  });
});
