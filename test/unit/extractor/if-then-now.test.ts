// "Nếu như năm 2010 huyện mới có 3 xã đạt chuẩn nông thôn mới thì đến nay con số đó đã gấp 5 lần": a leader contrasts
// then and now. The "nếu" clause's year dates its own figure only; after "thì đến nay" the sentence speaks of the
// report's time, and a multiple there without a base of its own is measured against the year the "nếu" clause named.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-10' };

describe('a contrast of then and now', () => {
  it('dates the then-figure by its year and the now-multiple by the report, against that year', () => {
    const text = 'Năm 2023, toàn huyện có 15 xã đạt chuẩn nông thôn mới. Nếu như năm 2010 huyện mới có 3 xã đạt chuẩn thì đến nay con số đó đã gấp 5 lần.';
    expect(figureAt(text, '3 xã', opts).period).toBe('2010');
    const f = figureAt(text, '5 lần', opts);
    expect([f.kind, f.direction, f.base, f.period]).toEqual(['change', 'up', '2010', '2023']);
  });

  it('leaves a sentence without "thì đến nay" to its own year', () => {
    const text = 'Năm 2023, toàn huyện có 15 xã đạt chuẩn nông thôn mới. Năm 2010, số xã đạt chuẩn đã gấp 3 lần năm 2008.';
    const f = figureAt(text, '3 lần', opts);
    expect([f.base, f.period]).toEqual(['2008', '2010']);
  });
});
