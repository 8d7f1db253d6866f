// The headlines listed under "Xem nhiều nhất", "Tin đã đưa" and the like are other articles': their numbers are not
// this article's figures. A paragraph of prose is never such a list, and its figures stay.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const page = (marker: string) => `Năm 2024, tỉnh Bến Tre thu ngân sách đạt 6.500 tỷ đồng.\n\nNguyễn Văn A\n\n${marker}\n\nCần Thơ: Kim ngạch xuất khẩu tăng 12%\n\nSóc Trăng đón 1,2 triệu lượt khách`;

describe('lists of other articles\' headlines', () => {
  it.each(['Xem nhiều nhất', 'Tin đã đưa', 'ĐỌC NHIỀU NHẤT', 'Tin nổi bật'])('under "%s" hold no figure', (marker) => {
    const text = page(marker);
    expectNoFigureAt(text, '12%');
    expectNoFigureAt(text, '1,2 triệu');
    expect(figureAt(text, '6.500 tỷ đồng').value).toBe(6.5e12);
  });

  it('under a provincial paper\'s "Bài viết cùng chủ đề:" hold no figure, and the prose paragraph after the list keeps its own', () => {
    const text = `${page('Bài viết cùng chủ đề:')}\n\nCũng trong năm 2024, toàn tỉnh có thêm 12 sản phẩm OCOP được công nhận.`;
    expectNoFigureAt(text, '12%');
    expectNoFigureAt(text, '1,2 triệu');
    expect(figureAt(text, '12 sản phẩm').value).toBe(12);
  });

  it('prose that happens to open with "Cùng chủ đề" keeps its figures', () => {
    expect(figureAt('Cùng chủ đề này, năm 2024 tỉnh thu hút 1,2 triệu lượt khách du lịch.', '1,2 triệu').value).toBe(1_200_000);
  });
});
