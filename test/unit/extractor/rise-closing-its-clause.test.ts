// "Trước khi lũ lên, các địa phương đã sơ tán 2.340 hộ": a "lên" that closes its clause says the water rose; it does not
// move the figure after the comma. "nâng tổng số lên 135 xã" still reaches a level by a move.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"lên" closing its clause', () => {
  it('"Trước khi lũ lên, … sơ tán 2.340 hộ" has no direction', () => {
    expect(figureAt('Trước khi lũ lên, các địa phương đã sơ tán 2.340 hộ đến nơi an toàn.', '2.340').direction).toBeUndefined();
  });

  it('"nâng tổng số lên 135 xã" is a level reached by a rise', () => {
    expect(figureAt('Năm 2024, tỉnh có thêm 6 xã đạt chuẩn, nâng tổng số lên 135 xã.', '135').direction).toBe('up');
  });
});
