// A sentence opening on a thing owned by a bare pronoun ("trang trại của anh", "căn nhà của gia đình") goes on with
// the person before it; after a report the same opening, or an official's sentence, keeps its figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a thing owned by the person before', () => {
  it('a farmer\'s farm and house after his story are his', () => {
    const text = 'Năm 2016, anh Vũ Đức Thắng (46 tuổi) ở thôn Đại Đồng thuê 3,2 ha ruộng trũng để đào ao thả cá. Đến nay, trang trại của anh có 18 con bò sinh sản. Căn nhà 3 tầng của gia đình được xây xong hồi tháng 4, trị giá gần 2 tỷ đồng.';
    expectNoFigureAt(text, '18 con');
    expectNoFigureAt(text, '2 tỷ đồng');
  });

  it('after a district\'s report the same opening keeps its figure', () => {
    const text = 'Năm 2024, toàn huyện có 412 tàu cá. Đến nay, đội tàu của huyện có 96 tàu dài trên 15 m.';
    expect(figureAt(text, '412 tàu').value).toBe(412);
    expect(figureAt(text, '96 tàu').value).toBe(96);
  });

  it('an official\'s sentence after a story is judged on its own', () => {
    const text = 'Ông Sáu, 61 tuổi, ở thôn 2 có 2 ha xoài. Theo báo cáo của ông Nguyễn Văn Mạnh, Chủ tịch UBND huyện, toàn huyện có 4.865 ha xoài.';
    expect(figureAt(text, '4.865 ha').value).toBe(4865);
  });
});
