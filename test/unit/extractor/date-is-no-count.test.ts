// A date before a bar-like phrase is no count that cleared a bar: "phấn đấu đến ngày 31/12/2025 giải ngân đạt trên
// 85%" is a target; "8/11 địa phương đạt tỷ lệ bao phủ trên 92%" still names a bar.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a date before "đạt trên X%"', () => {
  it('leaves the percentage a figure', () => {
    const text = 'Chủ tịch UBND tỉnh yêu cầu phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 85% kế hoạch vốn.';
    expect(figureAt(text, '85%').bound).toBe('over');
  });

  it('a count of places before it still names a bar', () => {
    const text = 'Có 8/11 địa phương đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%.';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['8/11 địa phương']);
  });
});
