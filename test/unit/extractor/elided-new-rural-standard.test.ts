// "Toàn thị xã có bảy xã đạt chuẩn nông thôn mới nâng cao, ba xã đạt chuẩn kiểu mẫu": the new-rural standard is named
// once for the list; "xã đạt chuẩn kiểu mẫu" / "xã đạt chuẩn nâng cao" keep their own grade. Found by probing after
// holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thị xã Cai Lậy', published: '2024-10-05' };

describe('a grade of the new-rural standard with "nông thôn mới" left out', () => {
  it('"ba xã đạt chuẩn kiểu mẫu" after advanced communes is the model grade', () => {
    const text = 'Toàn thị xã có bảy xã đạt chuẩn nông thôn mới nâng cao, ba xã đạt chuẩn kiểu mẫu.';
    expect(figureAt(text, 'ba xã', opts).indicator).toBe('new_rural_communes_model');
    expect(figureAt(text, 'bảy xã', opts).indicator).toBe('new_rural_communes_advanced');
  });
  it('"hai xã đạt chuẩn nâng cao" after new-rural communes is the advanced grade', () => {
    const text = 'Huyện có 12 xã đạt chuẩn nông thôn mới, trong đó hai xã đạt chuẩn nâng cao.';
    expect(figureAt(text, 'hai xã', opts).indicator).toBe('new_rural_communes_advanced');
    expect(figureAt(text, '12 xã', opts).indicator).toBe('new_rural_communes');
  });
});
