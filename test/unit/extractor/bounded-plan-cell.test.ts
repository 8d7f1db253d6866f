// "Chỉ tiêu | Ước thực hiện 2025 | Kế hoạch 2026" over "Tỷ lệ che phủ rừng (%) | 58,2 | 59 trở lên": a plan cell may print
// the bound of its target around the number ("59 trở lên", "dưới 2", "từ 120 trở lên"); the number is still the
// cell's figure, with the column's modality and that bound. A cell of words around no number holds nothing.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const TABLE = [
  'Chỉ tiêu | Ước thực hiện 2025 | Kế hoạch 2026',
  'Tỷ lệ che phủ rừng (%) | 58,2 | 59 trở lên',
  'Tỷ lệ hộ cận nghèo (%) | 2,4 | dưới 2',
  'Số xã đạt chuẩn nông thôn mới (xã) | 96 | từ 104 trở lên',
  '',
].join('\n');

describe('a plan cell that prints its bound', () => {
  it('holds the target with its bound', () => {
    const f = figureAt(TABLE, '59');
    expect([f.value, f.unit, f.modality, f.bound]).toEqual([59, '%', 'target', 'at_least']);
    const under = figureAt(TABLE, 'dưới 2');
    expect([under.value, under.modality, under.bound]).toEqual([2, 'target', 'under']);
    const from = figureAt(TABLE, '104');
    expect([from.value, from.unit, from.bound]).toEqual([104, 'xã', 'at_least']);
  });

  it('leaves the bare cells beside it without a bound', () => {
    expect(figureAt(TABLE, '58,2').bound).toBeUndefined();
    expect(figureAt(TABLE, '58,2').modality).toBe('estimate');
  });

  it('reads no figure from a cell of words', () => {
    const text = 'Chỉ tiêu | Ước thực hiện 2025 | Kế hoạch 2026\nTỷ lệ che phủ rừng (%) | 58,2 | trên mức cả nước\n';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['58,2']);
  });
});
