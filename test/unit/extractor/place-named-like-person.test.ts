// "Cô Tô đón 310.000 lượt khách, tăng 9%", "Bà Rịa đón …": a place whose name opens on a word that is also a person's
// title is the place, not "Miss Tô" telling her own story. A person with that title and a name that is no place stays
// a story.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2024-10-14' };
const lead = 'Theo UBND tỉnh, 9 tháng năm 2024, toàn tỉnh đón 1,8 triệu lượt khách.\n\n';

describe('a place named like a person', () => {
  it('is the place', () => {
    expect(figureAt(lead + 'Cô Tô đón 310.000 lượt khách, tăng 9%.', '310.000', opts).locality).toBe('huyện Cô Tô');
    expect(figureAt(lead + 'Bà Rịa đón 412.000 lượt khách, tăng 11%.', '412.000', opts).locality).toBe('thành phố Bà Rịa');
  });

  it('a person with a title is still a story', () => {
    const text = lead + 'Cô Lan đón 310 lượt khách đến homestay của mình, thu lãi 120 triệu đồng.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['1,8 triệu lượt khách']);
  });
});
