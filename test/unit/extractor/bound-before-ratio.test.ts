// "phấn đấu có ít nhất 60/112 xã đạt chuẩn nông thôn mới": a bound written before a ratio is its bound, as before a
// count; the words after a ratio ("12/15 chỉ tiêu xấp xỉ đạt") stay its status, no bound.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bound before a ratio', () => {
  it('is the ratio’s bound', () => {
    const f = figureAt('Đến năm 2025, tỉnh phấn đấu có ít nhất 60/112 xã đạt chuẩn nông thôn mới.', '60/112');
    expect([f.of, f.bound]).toEqual([112, 'at_least']);
  });
  it('words after a ratio give no bound', () => {
    const f = figureAt('Năm 2024, huyện có 12/15 chỉ tiêu xấp xỉ đạt.', '12/15');
    expect([f.bound, f.status]).toEqual([undefined, 'nearly']);
  });
});
