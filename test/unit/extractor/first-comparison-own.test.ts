// "tăng 2,38% so với tháng trước, đặc biệt so với cùng tháng năm trước bắt đầu tăng nhẹ 0,01%": the first comparison
// after a figure is its own; a later "so với" in the same run belongs to the figure after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-02' };

describe('two comparisons after a figure', () => {
  it('the first is the figure\'s base', () => {
    const text = 'Tháng 9, chỉ số sản xuất công nghiệp của tỉnh tăng 2,38% so với tháng trước, đặc biệt so với cùng tháng năm trước bắt đầu tăng nhẹ 0,01%.';
    expect(figureAt(text, '2,38%', opts).base).toBe('previous_period');
  });

  it('one comparison shared by two figures joined before it still serves both', () => {
    const text = 'Năm 2023, số vụ tai nạn giảm 31 vụ, tương đương giảm 9,78% so với cùng kỳ.';
    expect(figureAt(text, '9,78%', opts).base).toBe('same_period');
  });
});
