// "Hai xã Tân Lập và Mỹ Phước lần lượt đạt 18/19 và 16/19 tiêu chí": the verdict before the first of ratios joined by
// "và" (or commas) is each one's; a ratio after "và" with no verdict before the list gets none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-11-20' };

describe('a verdict before ratios joined in a list', () => {
  it('gives each ratio its status', () => {
    const text = 'Hai xã Tân Lập và Mỹ Phước lần lượt đạt 18/19, 17/19 và 16/19 tiêu chí nông thôn mới nâng cao.';
    expect(figureAt(text, '16/19', opts).status).toBe('achieved');
    expect(figureAt(text, '17/19', opts).status).toBe('achieved');
  });

  it('gives none when no verdict stands before the list', () => {
    const text = 'Bộ tiêu chí của hai xã Tân Lập và Mỹ Phước gồm 18/19 và 16/19 tiêu chí đã được thẩm định.';
    expect(figureAt(text, '16/19', opts).status).toBeUndefined();
  });
});
