// A statistics release retold by a paper heads its table with the quarter alone, "Chỉ tiêu | Quý III/2024 | So cùng kỳ
// (%)": the quarter's values and their index against the same quarter a year before. A quarter without its year heads
// nothing.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a column headed by a quarter with its year', () => {
  it('reads the quarter value and its index beside it', () => {
    const text = 'Một số chỉ tiêu quý III:\n\nChỉ tiêu | Quý III/2024 | So cùng kỳ (%)\n' +
      'Sản lượng điện sản xuất (triệu kWh) | 1.245 | 104,6\nVận chuyển hành khách (nghìn lượt) | 3.120 | 109,8\n';
    const power = figureAt(text, '1.245');
    expect([power.kind, power.value, power.unit, power.period]).toEqual(['level', 1245000000, 'kWh', '2024-Q3']);
    const index = figureAt(text, '104,6');
    expect([index.kind, index.base, index.period]).toEqual(['attainment', 'same_period', '2024-Q3']);
    expect(figureAt(text, '3.120').value).toBe(3120000);
  });

  it('also reads "Quý I năm 2025"', () => {
    const text = 'Chỉ tiêu | Quý I năm 2025 | So cùng kỳ (%)\nThu ngân sách (tỷ đồng) | 2.310 | 108,2\n';
    expect(figureAt(text, '2.310').period).toBe('2025-Q1');
  });

  it('leaves a row under a quarter named without its year unread', () => {
    const text = 'Chỉ tiêu | Quý III | So cùng kỳ (%)\nSản lượng điện sản xuất (triệu kWh) | 1.245 | 104,6\n';
    expect(figuresIn(text).some((f) => f.text === '1.245' || f.text === '104,6')).toBe(false);
  });
});
