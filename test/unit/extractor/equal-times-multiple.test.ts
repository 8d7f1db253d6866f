// "bằng 1,8 lần năm 2024" says what "gấp 1,8 lần năm 2024" says: a change, a multiple of that year; "bằng 85% năm 2024"
// stays a share of it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"bằng X lần" a base', () => {
  it('is a rise by that multiple against the year named', () => {
    const text = 'Năm 2025, tỉnh bố trí 2.860 tỷ đồng cho các công trình chống sạt lở, bằng 1,8 lần năm 2024.';
    const f = figureAt(text, '1,8 lần');
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'up', '2024']);
  });

  it('a percentage after "bằng" stays a share, not a change', () => {
    const text = 'Năm 2025, giá trị xuất khẩu bằng 85% năm 2024.';
    expect(figureAt(text, '85%').kind).toBe('attainment');
  });
});
