// "Hà Tĩnh (cũ) | 2.310 | 2.295": a table row labelled with a province merged away in 2025 names a place, not a unit;
// its bracket "(cũ)" is no unit for the cells, which take the column's ("Kế hoạch (hộ)"). A unit in the label's
// bracket still gives the unit.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a former unit as a row label', () => {
  it('leaves the cells to the column heading’s unit', () => {
    const text = 'Kết quả hỗ trợ theo khu vực:\n\nKhu vực | Kế hoạch (hộ) | Tỷ lệ (%)\nHà Tĩnh (cũ) | 2.310 | 99,4\n';
    const f = figureAt(text, '2.310');
    expect([f.value, f.unit, f.modality]).toEqual([2310, 'hộ', 'target']);
  });

  it('a unit in the label’s bracket is still the unit', () => {
    const text = 'Chỉ tiêu | Kế hoạch | Thực hiện\nNhà ở xây mới (căn) | 1.200 | 1.185\n';
    expect(figureAt(text, '1.185').unit).toBe('căn');
  });
});
