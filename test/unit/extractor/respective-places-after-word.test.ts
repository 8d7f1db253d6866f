// "Tỷ lệ hộ nghèo lần lượt ở xã Tân Hòa và xã Tân Phước là 2,1% và 3,8%": the places named right after "lần lượt", before
// the list's first figure, pair with the figures in order, as places named before the word do.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };
const lead = 'Huyện Gò Công Đông tổng kết năm 2024\n\nNăm 2024, tỷ lệ hộ nghèo toàn huyện huyện Gò Công Đông giảm còn 1,9%. ';

describe('places named after "lần lượt"', () => {
  it('pair with the figures in order', () => {
    const text = lead + 'Tỷ lệ hộ cận nghèo lần lượt ở xã Tân Tây và xã Tân Đông là 2,1% và 3,8%.';
    expect([figureAt(text, '2,1%', opts).locality, figureAt(text, '3,8%', opts).locality]).toEqual(['xã Tân Tây', 'xã Tân Đông']);
  });

  it('with no places after the word, the figures stay the district\'s', () => {
    const text = lead + 'Tỷ lệ hộ cận nghèo và tỷ lệ lao động qua đào tạo lần lượt là 2,1% và 73,8%.';
    expect(figureAt(text, '2,1%', opts).locality).toBe('huyện Gò Công Đông');
  });
});
