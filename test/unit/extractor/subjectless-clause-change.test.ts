// "Chỉ số giá USD tháng 10 giảm 0,34% so với tháng trước; tăng 5,54% so với cùng kỳ năm trước": a clause that opens
// straight on a change verb has no subject of its own and goes on with the figure before it in its sentence. When that
// figure measures nothing the lexicon knows, neither does the change: it takes no topic of the article (here the CPI).
// Pattern from real national pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-11-06' };

describe('a subjectless clause goes on with the figure before it', () => {
  const text = 'CPI tháng 10 tăng 0,21% so với tháng trước.\n\nChỉ số giá USD tháng 10 giảm 0,31% so với tháng trước; tăng 5,24% so với cùng kỳ năm trước; tăng 3,52% so với tháng 12/2024.';
  it('the USD index\'s own change takes no CPI', () => {
    expectFigure(text, '0,31%', { indicator: undefined }, pub);
  });
  it('the clauses after it neither', () => {
    expectFigure(text, '5,24%', { indicator: undefined, base: 'same_period' }, pub);
    expectFigure(text, '3,52%', { indicator: undefined }, pub);
  });
});

describe('a named figure before keeps its name for the clauses after it', () => {
  it('the CPI\'s own clauses', () => {
    const text = 'CPI tháng 10 tăng 0,21% so với tháng trước; tăng 3,15% so với cùng kỳ năm trước.';
    expectFigure(text, '3,15%', { indicator: 'cpi' }, pub);
  });
});
