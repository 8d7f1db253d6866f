// "Địa bàn | Kế hoạch (căn) | Hoàn thành (căn) | Tỷ lệ (%)": a column of what was finished holds actual results beside
// the plan, read as a "Thực hiện" column would be; a column the table does not name ("Ghi chú") still holds none.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a finished column', () => {
  it('holds actual counts in the heading’s unit', () => {
    const text = 'Địa bàn | Kế hoạch (căn) | Hoàn thành (căn) | Tỷ lệ (%)\nHuyện Mường Tè | 640 | 652 | 101,9\n';
    const f = figureAt(text, '652');
    expect([f.value, f.unit, f.modality]).toEqual([652, 'căn', 'actual']);
    expect(figureAt(text, '640').modality).toBe('target');
  });

  it('an unnamed column beside the plan holds none', () => {
    const text = 'Địa bàn | Kế hoạch (căn) | Ghi chú\nHuyện Mường Tè | 640 | 17\n';
    expect(figuresIn(text).map((f) => f.text)).not.toContain('17');
  });
});
