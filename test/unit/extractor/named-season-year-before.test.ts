// "cao hơn vụ Mùa năm trước 1,4 tạ/ha": the season named with the year before is the same season a year earlier.
// Another season of the same year ("cao hơn vụ Đông Xuân 2,1 tạ/ha") is no same-period base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Gia Lai: thu hoạch lúa vụ Mùa năm 2026\n\n';

describe('"hơn vụ <season> năm trước"', () => {
  it('the same season of the year before is the same period', () => {
    const text = `${HEAD}Toàn tỉnh đã thu hoạch 41.200 ha lúa vụ Mùa, năng suất bình quân 56,8 tạ/ha, cao hơn vụ Mùa năm trước 1,4 tạ/ha.`;
    expect(figureAt(text, '1,4 tạ/ha').base).toBe('same_period');
  });

  it('another season of the same year gives no same-period base', () => {
    const text = `${HEAD}Năng suất lúa vụ Hè Thu đạt 60 tạ/ha, cao hơn vụ Đông Xuân 2,1 tạ/ha.`;
    expect(figureAt(text, '2,1 tạ/ha').base).not.toBe('same_period');
  });
});
