// A price box "Chỉ số | So với tháng trước | So với tháng 12/2023 | So với cùng kỳ" under a caption in per cent holds
// indices: each cell is an attainment against the base its column names, dated by the caption's month. Without the
// per-cent caption the cells could be changes or anything else, and signed cells are changes: neither is read as an index.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const HEADS = 'Chỉ số | So với tháng trước | So với tháng 12/2023 | So với cùng kỳ\n';

describe('index columns named by their base', () => {
  it('reads each cell as an index against its column\'s base', () => {
    const text = `CHỈ SỐ GIÁ THÁNG 10/2024 (%)\n${HEADS}Chỉ số giá tiêu dùng | 100,30 | 102,46 | 103,20\n`;
    const month = figureAt(text, '100,30');
    expect([month.kind, month.base, month.unit, month.period]).toEqual(['attainment', 'previous_period', '%', '2024-M10']);
    expect(figureAt(text, '102,46').base).toBe('2023');
    expect(figureAt(text, '103,20').base).toBe('same_period');
  });

  it('leaves the cells alone without a per-cent caption, and signed cells under one', () => {
    const bare = `Chỉ số giá tháng 10/2024\n${HEADS}Chỉ số giá tiêu dùng | 100,30 | 102,46 | 103,20\n`;
    expect(figuresIn(bare).some((f) => f.text.startsWith('100,30'))).toBe(false);
    const signed = `CHỈ SỐ GIÁ THÁNG 10/2024 (%)\n${HEADS}Chỉ số giá tiêu dùng | +0,30 | +2,46 | +3,20\n`;
    expect(figuresIn(signed).some((f) => f.kind === 'attainment')).toBe(false);
  });
});
