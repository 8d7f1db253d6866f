// Towns and districts named one after another ("thị xã Tân Châu, huyện An Phú và thị xã Tịnh Biên") are one list of the
// same rank: a share the sentence gives of them all belongs to the province, not to the last town named. A single town
// named before its figure still owns it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a list of towns and districts of one rank', () => {
  it('owns none of the sentence\'s figures', () => {
    const text = 'Tỉnh Kiên Giang: 9 tháng bắt giữ 640 vụ buôn lậu.\n\nCác tuyến trọng điểm là biên giới thuộc thành phố Hà Tiên, huyện Giang Thành và huyện Kiên Lương, chiếm 68,4% số vụ.';
    expect(figureAt(text, '68,4%', { published: '2024-10-05' }).locality).toBe('tỉnh Kiên Giang');
  });

  it('leaves a single town its own figure', () => {
    const text = 'Tỉnh Kiên Giang: 9 tháng bắt giữ 640 vụ buôn lậu.\n\nRiêng thành phố Hà Tiên bắt giữ 212 vụ, chiếm 33,1% số vụ.';
    expect(figureAt(text, '212', { published: '2024-10-05' }).locality).toBe('thành phố Hà Tiên');
  });
});
