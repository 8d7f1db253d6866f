// "các xã Mỹ Thọ, Mỹ Lợi và Mỹ Chánh lần lượt đạt 74,2 tạ/ha, 72,8 tạ/ha và 71,5 tạ/ha": communes listed after a
// plural type word each own their figure after "lần lượt", and nothing else. Pattern from holdout9.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'huyện Phù Mỹ' };
const yields = 'Năng suất lúa ở các xã Mỹ Thọ, Mỹ Lợi và Mỹ Chánh lần lượt đạt 74,2 tạ/ha, 72,8 tạ/ha và 71,5 tạ/ha, cao nhất huyện. Toàn huyện gieo sạ 10.420 ha.';

describe('communes listed after "các xã" pair with the figures after "lần lượt"', () => {
  it.each([['74,2', 'xã Mỹ Thọ'], ['72,8', 'xã Mỹ Lợi'], ['71,5', 'xã Mỹ Chánh']])('the figure at %s belongs to %s', (needle, place) => {
    expect(figureAt(yields, needle, opts).locality).toBe(place);
  });
  it('the next sentence goes back to the article\'s place', () => {
    expect(figureAt(yields, '10.420', opts).locality).toBe('huyện Phù Mỹ');
  });
  it('without "lần lượt" a listed commune owns no figure of its sentence', () => {
    expect(figureAt('Các xã Mỹ Thọ, Mỹ Lợi đạt chuẩn với thu nhập bình quân 60 triệu đồng/người/năm.', '60', opts).locality).toBe('huyện Phù Mỹ');
  });
  it('a single commune after "các xã" is no list', () => {
    expect(figureAt('Các xã Mỹ Thọ lần lượt đạt 74,2 tạ/ha và 72,8 tạ/ha.', '74,2', opts).locality).toBe('huyện Phù Mỹ');
  });
});
