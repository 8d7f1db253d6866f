// Members, farms, homestays and fish cages counted over a place are figures with their noun as the unit; the same
// nouns inside a story stay out.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('counts of producers and what they hold', () => {
  it('members of a district\'s cooperatives are counted', () => {
    const f = figureAt('Toàn huyện có 36 hợp tác xã nông nghiệp với hơn 3.100 thành viên.', '3.100');
    expect([f.value, f.unit, f.bound]).toEqual([3100, 'thành viên', 'over']);
  });

  it('homestays and fish cages are counted', () => {
    expect(figureAt('Toàn tỉnh có 1.460 cơ sở lưu trú, trong đó 612 homestay đạt chuẩn.', '612').unit).toBe('homestay');
    expect(figureAt('Toàn huyện có 216 ô lồng nuôi trồng thủy sản bị hư hỏng.', '216').unit).toBe('ô lồng');
  });

  it('a villager\'s own cages stay his story', () => {
    expectNoFigureAt('Lồng bè của gia đình anh Vi Văn Hải, 40 tuổi, ở thôn Hải Tiến bị sóng đánh trôi 12 ô lồng.', '12 ô lồng');
  });
});
