// "Chỉ số giá USD tháng 10 giảm 0,34% …. Bình quân 10 tháng, chỉ số này tăng 3,98%": "this index" is the one the
// figure before it measured, whether the lexicon names it or not; not the CPI the article is about.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-06' };

describe('"chỉ số này" points back at the index before', () => {
  it('an index the lexicon does not name stays unnamed', () => {
    const text = 'Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,2% so với tháng trước.\n\n' +
      'Chỉ số giá vàng tháng 10 tăng 12,5% so với tháng trước. Bình quân 10 tháng, chỉ số này tăng 44% so với cùng kỳ.';
    expect(figureAt(text, '44%', OPTS).indicator).toBeUndefined();
  });

  it('after the CPI it is the CPI', () => {
    const text = 'Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,2% so với tháng trước.\n\nChỉ số này tăng 2,8% so với tháng 12/2024.';
    expect(figureAt(text, '2,8%', OPTS).indicator).toBe('cpi');
  });

  it('after the industrial production index it is that index, whatever the article\'s topic', () => {
    const text = 'Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,2% so với tháng trước.\n\n' +
      'Chỉ số sản xuất công nghiệp (IIP) tháng 10 tăng 2,4% so với tháng trước; tính chung 10 tháng, chỉ số này tăng 9,2%.';
    expect(figureAt(text, '9,2%', OPTS).indicator).toBe('industrial_production_index');
  });
});
