// "tăng 12% so với Tết Giáp Thìn": a Tết called only by its cycle name names its year, so after "so với" it is the
// Tết a year before, the same period, as "so với Tết Giáp Thìn 2024" is; a Tết with no name of its year is no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-02-05' };

describe('a change against a Tết named by its cycle name', () => {
  it('is measured against the same period', () => {
    const text = 'Dịp Tết Ất Tỵ, tỉnh đón 320.000 lượt khách, tăng 12% so với Tết Giáp Thìn.';
    expect(figureAt(text, '12%', opts).base).toBe('same_period');
  });

  it('so with "Tết Nguyên đán" before the name', () => {
    const text = 'Doanh thu du lịch dịp Tết đạt 410 tỷ đồng, tăng 18,5% so với Tết Nguyên đán Giáp Thìn.';
    expect(figureAt(text, '18,5%', opts).base).toBe('same_period');
  });
});
