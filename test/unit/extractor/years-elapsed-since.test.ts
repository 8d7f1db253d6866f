// Years elapsed since a period ("năm 2015 … sau 8 năm …") bring a sentence back to now: the earlier year dates the
// figure before "sau", not the one after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-11-08' };

describe('years elapsed since a period', () => {
  it('the result after "sau 8 năm" takes the report\'s year, the starting level keeps 2015', () => {
    const text = 'Từ một xã thuần nông có thu nhập bình quân đầu người năm 2015 chỉ khoảng 28 triệu đồng, sau 8 năm xây dựng nông thôn mới, xã đã hoàn thành 19/19 tiêu chí.';
    expect(figureAt(text, '19/19', OPTS).period).toBe('2023');
    expect(figureAt(text, '28 triệu đồng', OPTS).period).toBe('2015');
  });

  it('without years elapsed the named year dates the figure', () => {
    const text = 'Năm 2015, xã đã hoàn thành 19/19 tiêu chí nông thôn mới.';
    expect(figureAt(text, '19/19', OPTS).period).toBe('2015');
  });
});
