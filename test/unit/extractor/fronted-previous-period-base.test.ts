// A monthly security report puts the comparison first and lists the changes after it: "so với tháng trước giảm 3 vụ,
// giảm 2 người chết, giảm 4 người bị thương". The fronted "so với tháng trước" is the base of the whole row, as a
// fronted "so với cùng kỳ" already was. Found by holdout21/005 (a provincial public-security month report).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2023-05-27' };

describe('a fronted "so với tháng trước" measures the row of changes after it', () => {
  it('every change of the row takes previous_period', () => {
    const text = 'Trong tháng 5, toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 9 người; so với tháng trước giảm 3 vụ, giảm 2 người chết, giảm 4 người bị thương.';
    expectFigure(text, 'giảm 3 vụ', { kind: 'change', base: 'previous_period' }, opts);
    expectFigure(text, '2 người chết', { kind: 'change', base: 'previous_period' }, opts);
    expectFigure(text, '4 người bị thương', { kind: 'change', base: 'previous_period' }, opts);
  });
  it('a fronted "so với cùng kỳ" still gives same_period, and the base stops at the end of its sentence', () => {
    const text = 'Trong tháng 5, toàn tỉnh xảy ra 12 vụ tai nạn giao thông; so với cùng kỳ giảm 5 vụ, tăng 1 người bị thương.';
    expectFigure(text, 'giảm 5 vụ', { base: 'same_period' }, opts);
    expectFigure(text, '1 người bị thương', { base: 'same_period' }, opts);
    const next = 'Trong tháng 5, so với tháng trước giảm 3 vụ tai nạn giao thông. Số vụ phạm pháp hình sự tăng 4 vụ.';
    expectFigure(next, 'tăng 4 vụ', { kind: 'change', base: undefined }, opts);
  });
});
