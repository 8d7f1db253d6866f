// The blank line between paragraphs does not end a story: a paragraph that goes on with the person before (a quote,
// a bare pronoun) is still his; after a report paragraph the same opening keeps its figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a story across a paragraph break', () => {
  it('a farmer\'s quoted profit in the next paragraph is his', () => {
    const text = 'Năm 2016, anh Vũ Đức Thắng (46 tuổi) ở thôn Đại Đồng thuê 3,2 ha ruộng trũng để đào ao thả cá.\n\n“Năm ngoái, trừ hết chi phí, gia đình tôi lãi khoảng 420 triệu đồng. Trang trại còn tạo việc làm cho 6 lao động”, anh Thắng nói, tay chỉ ra dãy chuồng bò.';
    expectNoFigureAt(text, '420 triệu đồng');
    expectNoFigureAt(text, '6 lao động');
  });

  it('an official\'s quote after a report paragraph keeps its figures', () => {
    const text = 'Năm 2024, toàn huyện có 412 tàu cá hoạt động.\n\n“Năm 2025, huyện phấn đấu sản lượng thủy sản đạt 10.500 tấn. Huyện sẽ hỗ trợ sửa 61 tàu”, ông Nguyễn Văn Mạnh, Chủ tịch UBND huyện, nói.';
    expect(figureAt(text, '10.500 tấn').value).toBe(10500);
    expect(figureAt(text, '61 tàu').value).toBe(61);
  });
});
