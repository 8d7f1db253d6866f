// "Đến nay, 10/10 xã đạt chuẩn nông thôn mới, trong đó xã Nhơn Lộc đạt chuẩn nâng cao; 5/5 phường đạt chuẩn đô thị văn
// minh": wards meeting the civilised-town standard are no new-rural count, though the clause before named it; a count
// of communes meeting the new-rural standard or a grade of it keeps its indicator.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20', locality: 'thị xã An Nhơn' };

describe('a count of communes or wards meeting another standard', () => {
  it('takes no new-rural indicator', () => {
    const text = 'Đến nay, 10/10 xã đạt chuẩn nông thôn mới, trong đó xã Nhơn Lộc đạt chuẩn nâng cao; 5/5 phường đạt chuẩn đô thị văn minh.';
    expect(figureAt(text, '5/5 phường', opts).indicator).toBeUndefined();
    const health = 'Năm 2024, huyện có thêm 2 xã đạt chuẩn nông thôn mới; 12 xã đạt chuẩn quốc gia về y tế.';
    expect(figureAt(health, '12 xã', opts).indicator).toBeUndefined();
  });

  it('keeps the new-rural count and its grades', () => {
    const text = 'Đến nay, 10/10 xã đạt chuẩn nông thôn mới; 3 xã đạt chuẩn nâng cao.';
    expect(figureAt(text, '10/10', opts).indicator).toBe('new_rural_communes');
    expect(figureAt(text, '3 xã', opts).indicator).toBe('new_rural_communes_advanced');
  });
});
