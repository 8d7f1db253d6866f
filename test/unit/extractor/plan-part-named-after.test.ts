// "HĐND tỉnh giao dự toán thu ngân sách 8.600 tỷ đồng, trong đó thu nội địa 7.950 tỷ đồng": the part of a plan named
// right after it, with no verb of its own, is planned too.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-09' };

describe('a part named after a plan', () => {
  it('is a target', () => {
    const text = 'Năm 2024, HĐND tỉnh giao dự toán thu ngân sách 8.600 tỷ đồng, trong đó thu nội địa 7.950 tỷ đồng.';
    expect(figureAt(text, '7.950 tỷ đồng', opts).modality).toBe('target');
  });

  it('is not when the part states a result', () => {
    const text = 'Năm 2024, HĐND tỉnh giao dự toán thu ngân sách 8.600 tỷ đồng, trong đó thu nội địa đã đạt 7.950 tỷ đồng.';
    expect(figureAt(text, '7.950 tỷ đồng', opts).modality).toBe('actual');
  });
});
