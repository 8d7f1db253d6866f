// "còn 7 xã đạt dưới 12 tiêu chí", "phấn đấu không còn xã dưới 12 tiêu chí": the bound on the criteria the counted
// communes met is the class they are counted in, a bar, no figure (the count of communes is). An average per commune
// with a bound ("bình quân trên 15 tiêu chí/xã") and one commune's own count stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a criteria bar after counted communes', () => {
  it('is no figure', () => {
    const text = 'Đến cuối năm 2023, toàn tỉnh còn 7 xã đạt dưới 12 tiêu chí; năm 2024 phấn đấu không còn xã dưới 12 tiêu chí.';
    expectNoFigureAt(text, '12 tiêu chí;');
    expectNoFigureAt(text, '12 tiêu chí.');
    expect(figureAt(text, '7 xã').value).toBe(7);
  });
  it('an average per commune keeps its figure', () => {
    const text = 'Năm 2024, các xã của huyện đạt bình quân trên 15 tiêu chí/xã; xã Tả Van đạt 17/19 tiêu chí.';
    expect(figureAt(text, '15 tiêu chí').bound).toBe('over');
    expect(figureAt(text, '17/19').of).toBe(19);
  });
});
