// "CPI bình quân 9 tháng năm 2024 tăng 3,88% so với bình quân cùng kỳ. So với tháng trước, giá xăng A95 bình quân giảm
// 4,2%, giá dầu diesel giảm 5,1%": a change against the month before is the last month's, not the months summed, when its
// base is put first in the sentence too (as "… tăng 1,24% so với tháng trước" after the figure already is). A change
// against the same period keeps the months summed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-09-30' };

describe('a fronted "So với tháng trước," after a sum of months', () => {
  it('dates the changes by the last month', () => {
    const text = 'CPI bình quân 9 tháng năm 2024 tăng 3,88% so với bình quân cùng kỳ. So với tháng trước, giá xăng A95 bình quân giảm 4,2%, giá dầu diesel giảm 5,1%.';
    expect(figureAt(text, '4,2%', opts).period).toBe('2024-M09');
    expect(figureAt(text, '5,1%', opts).period).toBe('2024-M09');
  });

  it('a change against the same period keeps the months', () => {
    const text = 'CPI bình quân 9 tháng năm 2024 tăng 3,88% so với bình quân cùng kỳ. So với cùng kỳ, giá xăng A95 bình quân giảm 4,2%.';
    expect(figureAt(text, '4,2%', opts).period).toBe('2024-9M');
  });
});
