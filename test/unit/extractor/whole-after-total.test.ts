// "chiếm 2,4% trên tổng số 86.310 hộ dân": the count after "trên tổng số" is the whole a share is taken of, not more of
// what the figures before it measure; it keeps that measure only when its own words name it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the whole counted after "trên tổng số"', () => {
  it('all households are no poor households', () => {
    const text = 'Đến cuối năm 2024, huyện còn 2.071 hộ nghèo, chiếm 2,4% trên tổng số 86.310 hộ dân.';
    expect(figureAt(text, '2.071 hộ').indicator).toBe('poor_households');
    expect(figureAt(text, '86.310 hộ dân').indicator).toBeUndefined();
  });

  it('all communes are no new-rural communes', () => {
    const text = 'Toàn tỉnh có 74 xã đạt chuẩn nông thôn mới trên tổng số 92 xã.';
    expect(figureAt(text, '74 xã').indicator).toBe('new_rural_communes');
    expect(figureAt(text, '92 xã').indicator).toBeUndefined();
  });

  it('a whole named by the measure keeps it', () => {
    const text = 'Năm 2024, huyện có 530 hộ thoát nghèo trên tổng số 1.240 hộ nghèo đầu năm.';
    expect(figureAt(text, '1.240 hộ').indicator).toBe('poor_households');
  });
});
