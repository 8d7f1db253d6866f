// "Giảm mạnh cả về số vụ (-31%), số người chết (-20%)": a signed change in brackets right after "số <noun>" is the change
// of that count. A noun the lexicon does not name ("vụ") counts what the paragraph named before it with that unit, not
// what the figure just before measured.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-02' };

describe('a bracketed change after the count it measures', () => {
  it('a count of cases is the accidents named before', () => {
    const text = '6 tháng đầu năm, toàn huyện xảy ra 41 vụ tai nạn giao thông, làm chết 19 người, bị thương 33 người. So với cùng kỳ, giảm cả về số vụ (-12%), số người chết (-9%), số người bị thương (-21%).';
    expect(figureAt(text, '12%', opts).indicator).toBe('traffic_accidents');
    expect(figureAt(text, '9%', opts).indicator).toBe('traffic_deaths');
    expect(figureAt(text, '21%', opts).indicator).toBe('traffic_injuries');
  });

  it('a bracket after a figure\'s own count is not read this way', () => {
    const text = '6 tháng đầu năm, toàn huyện xảy ra 41 vụ tai nạn giao thông, làm chết 19 người, bị thương 33 người (-21%).';
    expect(figureAt(text, '21%', opts).indicator).toBe('traffic_injuries');
  });
});
