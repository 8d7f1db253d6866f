// "Tháng | Số vụ | So với cùng kỳ (%)": a column headed "Số …" (the number of a counted noun) holds counts of that noun,
// as a column headed by the noun alone does.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Tình hình tai nạn giao thông quý I năm 2024 trên địa bàn tỉnh được kiềm chế, giảm trên cả ba tiêu chí so với cùng kỳ năm trước.\n\n';

describe('a series column headed "Số …"', () => {
  it('counts its cells in the noun after "Số"', () => {
    const text = `${HEAD}Tháng | Số vụ | So với cùng kỳ (%)\nTháng 1 | 37 | -12,4\nTháng 2 | 29 | -6,5\n`;
    const f = figureAt(text, '29 |');
    expect(f.unit).toBe('vụ');
    expect(f.value).toBe(29);
  });

  it('a heading that is no counted noun after "Số" still gives nothing', () => {
    const text = `${HEAD}Tháng | Số liệu | Ghi chú\nTháng 1 | 37 | -\nTháng 2 | 29 | -\n`;
    expectNoFigureAt(text, '29 |');
  });
});
