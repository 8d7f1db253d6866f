// "tổng tỷ suất sinh 2,45 con/phụ nữ", "mức sinh thay thế (bình quân 2,1 con/phụ nữ)": fertility is a rate of children
// per woman, one figure in "con/phụ nữ"; a family's children stay no figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('children per woman', () => {
  it('reads the total fertility rate with its denominator', () => {
    const text = 'Năm 2023, tổng tỷ suất sinh của tỉnh Hà Giang là 2,45 con/phụ nữ, cao hơn mức sinh thay thế.';
    const f = figureAt(text, '2,45');
    expect([f.text, f.unit, f.value]).toEqual(['2,45 con/phụ nữ', 'con/phụ nữ', 2.45]);
  });

  it('one family\'s children are no figure', () => {
    const text = 'Gia đình chị Lan ở thôn 3 có 2 con, chồng đi làm ăn xa.';
    expectNoFigureAt(text, '2 con');
  });
});
