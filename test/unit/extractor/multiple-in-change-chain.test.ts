// A chain of changes ending on a base shares it, and a multiple links the chain as a rise does: "tăng 15,3% về số dự án
// và gấp 1,8 lần về vốn so với cùng kỳ". A chain broken by a semicolon does not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };

describe('a multiple in a chain of changes', () => {
  it('the rise before the multiple takes the base the chain ends on', () => {
    const text = 'Thu hút đầu tư\n\n9 tháng năm 2025, tỉnh cấp mới 62 dự án với tổng vốn 14.300 tỷ đồng, tăng 15,3% về số dự án và gấp 1,8 lần về vốn so với cùng kỳ.';
    expect(figureAt(text, '15,3%', OPTS)).toMatchObject({ kind: 'change', base: 'same_period' });
    expect(figureAt(text, '1,8 lần', OPTS)).toMatchObject({ kind: 'change', base: 'same_period' });
  });

  it('a semicolon ends the chain', () => {
    const text = 'Thu hút đầu tư\n\n9 tháng năm 2025, tỉnh cấp mới 62 dự án, tăng 15,3%; tổng vốn 14.300 tỷ đồng, gấp 1,8 lần so với cùng kỳ.';
    expect(figureAt(text, '15,3%', OPTS).base).toBeUndefined();
  });
});
