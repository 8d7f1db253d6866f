// "Chỉ số giá vàng tăng 19,65% và chỉ số giá đô la Mỹ tăng 4,33% so với cùng kỳ", "giá xăng E5 RON 92 giảm 2,14% và dầu
// diesel 0,05S giảm 3,05% so với tháng trước": two changes joined by "và", the second with a subject of its own (a few
// words, a grade written with digits), share the base stated after the last, as short subjects do ("tai nạn tăng 3 vụ,
// số người chết tăng 2 người so với cùng kỳ"). A change in another sentence keeps none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-30' };

describe('a trailing base shared over a longer subject', () => {
  it('the gold index and the dollar index', () => {
    const text = 'Chỉ số giá vàng bình quân quý I tăng 19,65% và chỉ số giá đô la Mỹ tăng 4,33% so với cùng kỳ.';
    expect(figureAt(text, '19,65%', opts).base).toBe('same_period');
    expect(figureAt(text, '4,33%', opts).base).toBe('same_period');
  });

  it('fuel grades written with digits', () => {
    const text = 'Bình quân trong tháng, giá xăng E5 RON 92 giảm 2,14% và dầu diesel 0,05S giảm 3,05% so với tháng trước.';
    expect(figureAt(text, '2,14%', opts).base).toBe('previous_period');
    expect(figureAt(text, '3,05%', opts).base).toBe('previous_period');
  });

  it('a change in the sentence before keeps no base', () => {
    const text = 'Giá xăng giảm 2,14%. Giá dầu diesel giảm 3,05% so với tháng trước.';
    expect(figureAt(text, '2,14%', opts).base).toBeUndefined();
  });
});
