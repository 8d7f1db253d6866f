// "Toàn huyện có 11 xã đạt chuẩn nông thôn mới, 3 xã đạt 15 - 18 tiêu chí": the communes counted by the criteria they
// meet have not met the standard the clause named first, so they take no new-rural indicator; the 11 do.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-12-10', locality: 'huyện Châu Thành' };
const text = 'Đến cuối năm 2022, toàn huyện có 11 xã đạt chuẩn nông thôn mới, 3 xã đạt 15 - 18 tiêu chí.';

describe('communes counted by the criteria they meet', () => {
  it('take no new-rural indicator', () => {
    expect(figureAt(text, '3 xã', opts).indicator).toBeUndefined();
  });

  it('leave the communes that met the standard', () => {
    expect(figureAt(text, '11 xã', opts).indicator).toBe('new_rural_communes');
  });
});
