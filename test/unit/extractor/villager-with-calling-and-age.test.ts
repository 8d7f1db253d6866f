// A person introduced by a calling, a name and an age ("cô giáo Hoàng Thị Lan, 29 tuổi", "thầy giáo Lê Văn Hòa (50
// tuổi)") tells one person's day; a head of a district office with a title still reports.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a villager introduced by calling and age', () => {
  it('a teacher\'s colleagues are her story', () => {
    expectNoFigureAt('Ở Trường THCS Cô Tô, cô giáo Hoàng Thị Lan, 29 tuổi, cùng 14 đồng nghiệp lội nước lau từng bộ bàn ghế.', '14');
  });

  it('a teacher named with his age is his story too', () => {
    const text = 'Ở điểm trường Sủng Là, thầy giáo Lê Văn Hòa (50 tuổi) đã vận động được 120 triệu đồng sửa 2 phòng học.';
    expectNoFigureAt(text, '120 triệu đồng');
    expectNoFigureAt(text, '2 phòng học');
  });

  it('an official named without an age still reports', () => {
    const text = 'Bà Trần Thị Lan, Trưởng phòng Giáo dục huyện, cho biết toàn huyện có 386 phòng học được sửa chữa.';
    expect(figureAt(text, '386 phòng học').value).toBe(386);
  });
});
