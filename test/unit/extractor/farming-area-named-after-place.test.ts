// "gieo trồng khoảng 107.000 ha, chủ yếu ở vùng U Minh Thượng": a farming area named after a place is where the fields
// lie, not a new place the figures after it belong to; the district spoken of as such still is one.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-11' };

describe('a place name after "vùng"', () => {
  it('does not become the place of the figures after it', () => {
    const text = 'Vụ lúa mùa năm nay, tỉnh Kiên Giang gieo trồng khoảng 98.000 ha, chủ yếu ở vùng U Minh Thượng. Đến nay, nông dân đã xuống giống gần 91.000 ha.';
    expectFigure(text, '91.000 ha', { locality: 'tỉnh Kiên Giang' }, opts);
  });
  it('while the district named as such owns its figures', () => {
    const text = 'Vụ lúa mùa năm nay, huyện U Minh Thượng gieo trồng khoảng 18.000 ha.';
    expectFigure(text, '18.000 ha', { locality: 'huyện U Minh Thượng' }, opts);
  });
});
