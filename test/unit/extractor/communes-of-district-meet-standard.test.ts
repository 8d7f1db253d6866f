// "Đến nay, 10/10 xã của thị xã đạt chuẩn nông thôn mới": the communes of the district met the standard, not the district,
// whose own "thị xã đạt chuẩn nông thôn mới" the words also hold; a count of districts keeps the district standard.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20', locality: 'thị xã An Nhơn' };

describe('communes "của thị xã/huyện" that met the new-rural standard', () => {
  it('are counted as communes meeting it, at each grade', () => {
    expect(figureAt('Đến nay, 10/10 xã của thị xã đạt chuẩn nông thôn mới.', '10/10', opts).indicator).toBe('new_rural_communes');
    expect(figureAt('Năm 2024, có 12 xã thuộc huyện đạt chuẩn nông thôn mới.', '12 xã', opts).indicator).toBe('new_rural_communes');
    expect(figureAt('Năm 2024, 3 xã của huyện đạt chuẩn nông thôn mới nâng cao.', '3 xã', opts).indicator).toBe('new_rural_communes_advanced');
  });

  it('leaves a count of districts to the district standard', () => {
    expect(figureAt('Đến nay, tỉnh có 4/9 huyện, thị xã, thành phố đạt chuẩn nông thôn mới.', '4/9', opts).indicator).toBe('new_rural_districts');
  });
});
