// "còn 860 hộ dân sống trong vùng sạt lở": households are reported by the head noun "hộ", as the spec lists the unit; the
// span still holds the words as written. Other counted nouns that start with "hộ" keep their own words.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Di dời dân khỏi vùng sạt lở\n\n';
const OPTS = { published: '2024-10-02' };

describe('households counted as "hộ dân"', () => {
  it('take the unit "hộ", the span keeping "hộ dân"', () => {
    const text = `${HEAD}Đến nay, toàn tỉnh còn 860 hộ dân sống trong vùng có nguy cơ sạt lở.`;
    expect(figureAt(text, '860', OPTS)).toMatchObject({ unit: 'hộ', text: '860 hộ dân' });
  });

  it('leave "hộ kinh doanh" and "hộ gia đình" as written', () => {
    const text = `${HEAD}Toàn huyện có 2.310 hộ kinh doanh và 415 hộ gia đình được hỗ trợ.`;
    expect(figureAt(text, '2.310', OPTS).unit).toBe('hộ kinh doanh');
    expect(figureAt(text, '415', OPTS).unit).toBe('hộ gia đình');
  });
});
