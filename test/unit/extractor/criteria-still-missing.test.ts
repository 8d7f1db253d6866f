// "xã Bình Chánh đạt 16/19 tiêu chí, còn thiếu 3 tiêu chí": the criteria a commune still lacks are criteria not met,
// status not_achieved, as "2 tiêu chí chưa đạt" is; "thiếu" before a count of anything else (communes, teachers) sets no
// status, which belongs to targets and criteria only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-10-06', locality: 'huyện Bình Sơn' };

describe('criteria still missing', () => {
  it('are criteria not met', () => {
    const text = 'Xây dựng nông thôn mới có 15/22 xã đạt chuẩn; xã Bình Chánh đạt 16/19 tiêu chí, còn thiếu 3 tiêu chí.';
    expect(figureAt(text, '3 tiêu chí', opts).status).toBe('not_achieved');
    expect(figureAt(text, '16/19', opts).status).toBe('achieved');
    expect(figureAt('Đến nay, xã Bình Phước chỉ thiếu 1 tiêu chí về thu nhập.', '1 tiêu chí', opts).status).toBe('not_achieved');
  });

  it('set no status on a count of other things', () => {
    expect(figureAt('Toàn huyện còn thiếu 126 giáo viên mầm non.', '126', opts).status).toBeUndefined();
  });
});
