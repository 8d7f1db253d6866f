// After a story about one place's owner, a sentence opening on that place named bare ("Trường có …", "Năm 2025,
// homestay đón …", "Mỗi năm dây chuyền làm ra …") or on "ở đây" goes on with the story; after a report the same
// opening keeps its figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('one place carrying on a story', () => {
  it('a homestay\'s guests and a night\'s price after its owner\'s story are hers', () => {
    const text = 'Ở thôn Pả Vi Hạ, gia đình chị Vàng Thị Dính (34 tuổi) cải tạo ngôi nhà trình tường thành homestay 6 phòng. Năm 2025, homestay đón khoảng 4.200 lượt khách, doanh thu hơn 900 triệu đồng. Mỗi đêm nghỉ ở đây có giá 250.000 đồng/người.';
    expectNoFigureAt(text, '4.200 lượt khách');
    expectNoFigureAt(text, '900 triệu đồng');
    expectNoFigureAt(text, '250.000 đồng/người');
  });

  it('a school\'s classes after a teacher\'s story are the school\'s', () => {
    const text = 'Ở Trường THCS Cô Tô, cô giáo Hoàng Thị Lan, 29 tuổi, lau từng bộ bàn ghế. Trường có 11 lớp với 386 học sinh.';
    expectNoFigureAt(text, '11 lớp');
    expectNoFigureAt(text, '386 học sinh');
  });

  it('after a district\'s report the same openings keep their figures', () => {
    const text = 'Năm 2025, toàn huyện đón 3,1 triệu lượt khách. Năm 2025, homestay đón khoảng 42.000 lượt khách quốc tế. Trường có 11 lớp học mới được xây.';
    expect(figureAt(text, '42.000').value).toBe(42000);
    expect(figureAt(text, '11 lớp').value).toBe(11);
  });
});
