// "Mùa mới ở thôn Pả Láng" over "… về thôn Pả Láng, xã Lùng Tám": a reporter's visit to one hamlet is about the commune the
// text names right after the hamlet; the commune's figures later in the page stay the commune's, past its own clause.
// A hamlet the text never places in a commune gives the page no place of its own: the first place named stays the page's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = (hamlet: string) => `Mùa mới ở thôn Pả Láng\n\nTừ trung tâm huyện Đồng Văn, chúng tôi vượt nhiều con dốc để về thôn Pả Láng${hamlet}. ` +
  'Con đường bê tông về thôn vừa hoàn thành, nhiều ngôi nhà mới đã mọc lên bên sườn đồi, bà con phấn khởi đón mùa mới.\n\n' +
  'Theo ông Vàng Mí Sính, Chủ tịch UBND xã Lùng Tám, năm 2024 xã được phân bổ 9,8 tỷ đồng; đến nay đã giải ngân 6,1 tỷ đồng.\n';

describe('a hamlet in the headline', () => {
  it('makes the commune named after it the page’s place', () => {
    expect(figureAt(body(', xã Lùng Tám'), '6,1 tỷ').locality).toBe('xã Lùng Tám');
  });

  it('a hamlet placed in no commune leaves the page to the first place it names', () => {
    expect(figureAt(body(''), '6,1 tỷ').locality).toBe('huyện Đồng Văn');
  });
});
