// A page published early in a year whose first year named is last year (or, as a base, the year before it) reviews last
// year: its figures before any period are last year's. A page that names no past year keeps the year it was published in.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('figures before any period on a page early in the year', () => {
  it('are last year\'s when the first year named is a base two years back', () => {
    const text = 'Chăn nuôi được mùa\n\nToàn tỉnh có tổng đàn lợn 312.400 con, tăng 4.100 con so với năm 2024. Sản lượng thịt hơi đạt 61.200 tấn.';
    expect(figureAt(text, '312.400 con', { published: '2026-01-08' }).period).toBe('2025');
    expect(figureAt(text, '61.200 tấn', { published: '2026-01-08' }).period).toBe('2025');
  });

  it('are last year\'s when the first year named is last year', () => {
    const text = 'Lâm nghiệp\n\nDiện tích trồng rừng tập trung đạt 9.450 ha. Sản lượng gỗ khai thác năm 2025 ước đạt 610 ngàn m3.';
    expect(figureAt(text, '9.450 ha', { published: '2026-02-03' }).period).toBe('2025');
  });

  it('keep the year published in when it is later in the year', () => {
    const text = 'Chăn nuôi\n\nToàn tỉnh có tổng đàn lợn 312.400 con, tăng 4.100 con so với năm 2024.';
    expect(figureAt(text, '312.400 con', { published: '2026-06-08' }).period).toBe('2026');
  });

  it('keep the year published in when no past year is named', () => {
    const text = 'Đón Tết\n\nSiêu thị chuẩn bị 1.200 tấn hàng hóa phục vụ Tết.';
    expect(figureAt(text, '1.200 tấn', { published: '2026-01-20' }).period).toBe('2026');
  });
});
