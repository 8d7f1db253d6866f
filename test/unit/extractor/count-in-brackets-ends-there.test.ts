// "Tỷ lệ hộ nghèo còn 0,78% (tương đương 412 hộ), hộ cận nghèo 1,12%": a bare count in brackets restates the figure
// before it; the clause after the bracket (here the near-poor) is not what it counts. Broken for a commit by
// b5bc81e, which gave near_poor_households its counted unit 'hộ'.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a count in brackets reads nothing after them', () => {
  it('"(tương đương 412 hộ), hộ cận nghèo 1,12%" counts poor households', () => {
    const text = 'Tỷ lệ hộ nghèo còn 0,78% (tương đương 412 hộ), hộ cận nghèo 1,12%.';
    expect(figureAt(text, '412 hộ').indicator).toBe('poor_households');
  });
  it('a bare count outside brackets still takes what its clause names after it', () => {
    const text = 'Toàn tỉnh còn 10.612 hộ nghèo và 12.438 hộ cận nghèo.';
    expect(figureAt(text, '12.438 hộ').indicator).toBe('near_poor_households');
  });
});
