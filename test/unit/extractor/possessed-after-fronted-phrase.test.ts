// After a villager's story, a sentence about a thing of his named by a bare pronoun goes on with the story, also when a
// short phrase set off by a comma opens it: "Từ đầu năm, tàu của ông đã ra khơi 9 chuyến", "Mùa này, vườn của chị cho
// thu 6 tấn". A sentence about the whole place after the story is a figure again.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-08-12', locality: 'tỉnh Nghệ An' };
const story = 'Ông Hồ Văn Tư (xóm Tân Lộc, xã Quỳnh Lập) có tàu cá dài 14 m, mỗi chuyến biển chi khoảng 25 triệu đồng tiền dầu. ';

describe('a thing of the person before, after a fronted phrase', () => {
  it('goes on with the story', () => {
    expectNoFigureAt(story + 'Từ đầu năm, tàu của ông đã ra khơi 11 chuyến, mỗi chuyến được 3 - 4 tấn cá.', '11 chuyến', opts);
    expectNoFigureAt(story + 'Mùa này, ao của ông cho thu 6 tấn tôm.', '6 tấn', opts);
  });

  it('leaves a sentence about the whole province', () => {
    expectFigure(story + 'Từ đầu năm, toàn tỉnh đã khai thác 48.200 tấn hải sản.', '48.200 tấn', { kind: 'level' }, opts);
  });
});
