// "so với Tết năm trước giảm 2 vụ, giảm 1 người chết": a holiday of an earlier year named before the verbs is their
// base, the same period, as "so với cùng kỳ năm trước giảm 2 vụ" is; a year fronted so stays that year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday base fronted before the changes', () => {
  const text = 'Trong 7 ngày nghỉ Tết, toàn tỉnh xảy ra 3 vụ tai nạn giao thông, làm chết 2 người; so với Tết năm trước giảm 2 vụ, ' +
    'giảm 1 người chết. So với năm 2023 tăng 4 vụ.';

  it('both changes after "so với Tết năm trước" are against the same period', () => {
    expect(figureAt(text, '2 vụ,').base).toBe('same_period');
    expect(figureAt(text, '1 người').base).toBe('same_period');
  });

  it('a fronted year stays a year base', () => {
    expect(figureAt(text, '4 vụ').base).toBe('2023');
  });
});
