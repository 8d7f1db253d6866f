// "Cao nguyên đá Đồng Văn đón khoảng 2,1 triệu lượt khách": a landscape named after a district (a karst plateau, a
// geopark, a special national relic) is no district of its own, least of all after the districts were abolished; the
// district spoken of as such still owns its figures.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a landscape named after a district', () => {
  it('owns none of the visitors it draws: they stay the article\'s province\'s', () => {
    const opts = { published: '2025-12-10', locality: 'tỉnh Tuyên Quang' };
    const text = 'Cao nguyên đá Đồng Văn đón khoảng 2,1 triệu lượt khách, Khu di tích quốc gia đặc biệt Tân Trào đón 1,4 triệu lượt.';
    expectFigure(text, '2,1 triệu', { locality: 'tỉnh Tuyên Quang' }, opts);
    expectFigure(text, '1,4 triệu', { locality: 'tỉnh Tuyên Quang' }, opts);
  });
  it('while the district named as a district still owns its figures', () => {
    const opts = { published: '2024-12-10', locality: 'tỉnh Hà Giang' };
    expectFigure('Riêng huyện Đồng Văn đón khoảng 2,1 triệu lượt khách.', '2,1 triệu', { locality: 'huyện Đồng Văn' }, opts);
  });
});
