// A police month report fronts its comparison and lists the changes after it. Two more forms of that row: the month
// before named by its number ("Tính chung tháng 4/2026, … so với tháng 3 giảm 6 vụ, giảm 3 người chết"), as "tăng 12% so
// với tháng 8" after a figure already reads; and rows of shares with the noun after each ("so với cùng kỳ giảm 9,6% số
// vụ, giảm 7,5% số người chết"), where the second change took no base. Found by holdout82/007.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const opts = { published: '2026-05-04' };

describe('rows of changes after a fronted base', () => {
  it('the month before named by its number is the previous period for the whole row', () => {
    const text = 'Tính chung tháng 4/2026, toàn tỉnh xảy ra 38 vụ tai nạn giao thông, làm chết 29 người, so với tháng 3 giảm 6 vụ, giảm 3 người chết.';
    expectFigure(text, '6 vụ', { base: 'previous_period', direction: 'down' }, opts);
    expectFigure(text, '3 người', { base: 'previous_period', direction: 'down' }, opts);
  });
  it('a row of shares keeps the fronted base to its last item', () => {
    const text = 'Từ đầu năm, toàn tỉnh xảy ra 161 vụ, làm chết 124 người, so với cùng kỳ giảm 9,6% số vụ, giảm 7,5% số người chết.';
    expectFigure(text, '7,5%', { base: 'same_period', direction: 'down' }, opts);
  });
  it('a month written with its year is no month just before', () => {
    const text = 'Tháng 4/2026, toàn tỉnh xảy ra 38 vụ tai nạn giao thông, so với tháng 4/2025 giảm 6 vụ.';
    expect(figureAt(text, '6 vụ', opts).base).not.toBe('previous_period');
  });
});
