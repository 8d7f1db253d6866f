// "Như vậy, so với cùng kỳ năm 2018, số vụ TNGT giảm 567 vụ (giảm 4,2%), …, số người bị thương giảm 700 người (giảm
// 6,7%)": a summing-up may open on the base as a breakdown does; and "so với tháng cùng kỳ năm 2018" is the same month a
// year before, not the year 2018.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a base after "Như vậy," and the same month a year before', () => {
  it('every change of the row takes the opening base, however far along the sentence', () => {
    const text = 'Như vậy, so với cùng kỳ năm 2018, số vụ tai nạn giao thông giảm 567 vụ (giảm 4,2%), số người chết giảm 353 người ' +
      '(giảm 5,8%), số người bị thương giảm 700 người (giảm 6,7%).';
    expect(figureAt(text, '700 người').base).toBe('same_period');
    expect(figureAt(text, '6,7%').base).toBe('same_period');
  });

  it('a change in brackets after "so với tháng cùng kỳ năm 2018" is against the same period', () => {
    const text = 'Trong tháng 9, cả nước xảy ra 1.344 vụ. So với tháng cùng kỳ năm 2018 giảm 116 vụ (giảm 7,9%).';
    expect(figureAt(text, '7,9%').base).toBe('same_period');
  });

  it('"so với năm 2018" stays a year base', () => {
    expect(figureAt('Số vụ tai nạn giảm 116 vụ so với năm 2018 (giảm 7,9%).', '116 vụ').base).toBe('2018');
  });
});
