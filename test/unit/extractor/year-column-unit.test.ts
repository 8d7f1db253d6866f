// A table of years may print the unit of its cells in the year columns' heading ("Năm 2023 (%) | Năm 2024 (%)") when
// its row labels name none: the cells are levels of each column's year in that unit, the "(điểm %)" column the move.
import { describe, expect, it } from 'vitest';
import { expectFigure, figuresIn } from './helpers.ts';

const table = [
  'Điểm số một số chỉ số thành phần của tỉnh:',
  '',
  'Chỉ số thành phần | Năm 2023 (%) | Năm 2024 (%) | Tăng, giảm (điểm %)',
  'Cải cách tài chính công | 91,40 | 93,05 | +1,65',
  'Hiện đại hóa nền hành chính | 86,10 | 85,72 | -0,38',
].join('\n');

describe('a year column that prints its unit', () => {
  it('reads "Năm 2023 (%)" cells as per cent of that year and the signed cell as points against it', () => {
    expectFigure(table, '91,40', { kind: 'level', value: 91.4, unit: '%', period: '2023' });
    expectFigure(table, '93,05', { kind: 'level', value: 93.05, unit: '%', period: '2024' });
    expectFigure(table, '0,38', { kind: 'change', value: 0.38, unit: 'điểm %', direction: 'down', base: '2023', period: '2024' });
  });

  it('takes money too: "Năm 2024 (tỷ đồng)" scales its cells', () => {
    const money = 'Kết quả thu, chi:\n\nChỉ tiêu | Năm 2024 (tỷ đồng) | Năm 2025 (tỷ đồng) | Tăng, giảm (%)\nThu nội địa | 1.250 | 1.410 | +12,8';
    expectFigure(money, '1.410', { kind: 'level', value: 1.41e12, unit: 'VND', period: '2025' });
  });

  it('a bracket that is no unit ("Năm 2026 (dự kiến)") gives the cells no unit to read', () => {
    const plan = 'Kết quả như sau:\n\nChỉ tiêu | Năm 2025 | Năm 2026 (dự kiến) | Tăng, giảm (%)\nKhách du lịch | 88 | 97 | +10,3';
    expect(figuresIn(plan).map((f) => f.text)).not.toContain('97');
  });
});
