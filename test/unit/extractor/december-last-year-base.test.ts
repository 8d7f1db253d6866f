// "CPI tháng 10 tăng 2,86% so với tháng 12 năm trước": against the end of last year, a year base (as "so với tháng
// 12/2023" is), not the month before. Found by holdout14 (a statistics office's monthly release).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'CPI tháng 10/2024 của tỉnh tăng 0,31% so với tháng trước, tăng 2,86% so với tháng 12 năm trước và tăng 3,12% so với cùng kỳ năm trước.';

describe('"so với tháng 12 năm trước"', () => {
  it('is the year before the figure\'s', () => {
    expectFigure(text, '2,86%', { kind: 'change', base: '2023', period: '2024-M10' });
  });
  it('"so với tháng trước" stays the previous period', () => {
    expectFigure(text, '0,31%', { kind: 'change', base: 'previous_period' });
  });
  it('"so với tháng 12" of this year\'s report stays the previous period', () => {
    expectFigure('CPI tháng 1/2025 tăng 0,98% so với tháng 12, tăng 3,63% so với cùng kỳ.', '0,98%', { kind: 'change', base: 'previous_period' });
  });
});
