// "Xếp vị trí thứ 4 và 5 lần lượt là Phú Thọ và Đồng Nai": in rankings and lists the word "lần lượt" (respectively)
// can follow a number directly. Its first syllable is also the unit of a multiple ("gấp 5 lần"), but "N lần lượt" is
// no multiple. Pattern from a real national export roundup.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2025-11-07' };

describe('"lần lượt" right after a number is no multiple', () => {
  it('an ordinal before "lần lượt" is no figure', () => {
    expectNoFigureAt('Xếp vị trí thứ 2 và 3 lần lượt là Hải Phòng và Đồng Nai.', '3 lần', pub);
  });
});

describe('what stays a multiple', () => {
  it('"gấp 5 lần" with a comma before the next word', () => {
    expectFigure('Doanh thu tăng gấp 5 lần, lượt khách tăng 20%.', '5 lần', { kind: 'change', unit: 'lần' }, pub);
  });
  it('"3 lần" at the end of its clause', () => {
    expectFigure('Số dự án thu hút được tăng 3 lần so với cùng kỳ.', '3 lần', { unit: 'lần' }, pub);
  });
});
