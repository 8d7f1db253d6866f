// "Đakrông", "MĐrắk": district names written as one word are read bare like "Kbang" and "Pleiku" (they are no common
// word). Found probing Central Highlands and central coast reports after holdout14.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('one-word district names read bare', () => {
  it('"các huyện Hướng Hóa, Đakrông lần lượt …" hands Đakrông its figure', () => {
    const text = 'Năm 2024, tỷ lệ hộ dùng nước sạch của tỉnh Quảng Trị đạt 62%, trong đó các huyện Hướng Hóa, Đakrông lần lượt đạt 41% và 38%.';
    expectFigure(text, '38%', { locality: 'huyện Đakrông' });
  });
  it('the river "sông Đakrông" is no place', () => {
    expectFigure('Năm 2024, tỉnh Quảng Trị trồng mới 500 ha rừng dọc sông Đakrông.', '500 ha', { locality: 'tỉnh Quảng Trị' });
  });
});
