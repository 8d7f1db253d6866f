// "xảy ra 12 vụ tai nạn giao thông, làm chết 8 người; giảm 3 vụ, 2 người chết và 1 người bị thương so với năm 2023": the
// counts listed after one verb share the base that closes the list, as they share its direction. A count whose clause
// ends before the base ("…; giảm 3 vụ. So với năm 2023, …") takes none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('counts listed after one verb', () => {
  it('share the closing base', () => {
    const text = 'Năm 2024 xảy ra 12 vụ tai nạn giao thông, làm chết 8 người, bị thương 5 người; giảm 3 vụ, 2 người chết và 1 người bị thương so với năm 2023.';
    expect(figureAt(text, '3 vụ', opts).base).toBe('2023');
    expect(figureAt(text, '2 người', opts).base).toBe('2023');
  });

  it('a count in a sentence of its own takes none', () => {
    const text = 'Năm 2024 xảy ra 12 vụ tai nạn giao thông, giảm 3 vụ. Số người chết là 8 người, giảm 2 người so với năm 2023.';
    expect(figureAt(text, '3 vụ', opts).base).toBeUndefined();
  });
});
