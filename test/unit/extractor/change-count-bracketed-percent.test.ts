// Police and statistics reports give a change of a count and, in brackets right after it, the same change in per cent:
// "giảm 18 vụ (7,9%) so với cùng kỳ", "tăng 103 vụ (16,5%)". The bracket is a change too, with the verb's direction;
// a bare share after a count that did not move ("743 xã (12,3%)") stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-05' };

describe('a bare percentage in brackets after a change of a count', () => {
  it('is that change in per cent', () => {
    const text = 'Chín tháng năm 2024, toàn tỉnh xảy ra 196 vụ phạm pháp hình sự, giảm 21 vụ (9,7%) so với cùng kỳ; tai nạn giao thông tăng 4 vụ (5,1%).';
    const fall = figureAt(text, '9,7%', opts);
    expect(fall.kind).toBe('change');
    expect(fall.direction).toBe('down');
    expect(fall.base).toBe('same_period');
    expect(figureAt(text, '5,1%', opts).direction).toBe('up');
  });

  it('a share after a count that did not move stays a level', () => {
    const text = 'Đến nay, toàn tỉnh có 86 xã (71,1%) đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '71,1%', opts).kind).toBe('level');
  });
});
