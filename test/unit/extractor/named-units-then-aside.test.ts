// "hai xã Ea Đar và Cư Huê (cũ) đã đạt chuẩn nông thôn mới nâng cao": the units counted are named, joined by "và", and
// the last name carries a short aside; what they reached comes after it. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-24' };

describe('units named after their count, the last with an aside', () => {
  it('take the standard named after the aside', () => {
    expect(figureAt('Trong nhiệm kỳ, hai xã Ea Đar và Cư Huê (cũ) đã đạt chuẩn nông thôn mới nâng cao.', 'hai xã', opts).indicator).toBe('new_rural_communes_advanced');
  });

  it('a bracket that holds a count of its own stays an end of the phrase', () => {
    const text = 'Năm 2024, 3 xã Ea Đar và Cư Huê (12.400 dân) tham gia dự án cấp nước.';
    expect(figureAt(text, '3 xã', opts).indicator).toBeUndefined();
  });
});
