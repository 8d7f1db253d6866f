// "có 3 huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới": the communes' phrase read over a count of
// districts names the districts' standard, not the communes'.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('districts counted as reaching the new-rural standard', () => {
  it('a count of districts', () => {
    expect(figureAt('Năm 2024, có 3 huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới.', '3 huyện').indicator).toBe('new_rural_districts');
  });

  it('a count of district-level units', () => {
    expect(figureAt('Đến nay có 7/13 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới.', '7/13').indicator).toBe('new_rural_districts');
  });

  it('communes stay communes', () => {
    expect(figureAt('Năm 2024, có 12 xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới.', '12 xã').indicator).toBe('new_rural_communes');
  });
});
