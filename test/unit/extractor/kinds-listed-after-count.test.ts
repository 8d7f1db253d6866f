// "Trong 10 huyện, thị xã, thành phố, huyện Tuần Giáo và huyện Mường Ảng … lần lượt đạt 61,5% và 58,2%": the kinds of
// unit listed after a counted kind are counted with it — a class, not "the city" the article spoke of before — so they
// neither join the places a "lần lượt" pairs with nor own a figure. A bare "thành phố" after a comma that follows no
// counted kind still means the city already named.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-15', locality: 'tỉnh Điện Biên' };
const cityBefore = 'Thành phố Điện Biên Phủ tổ chức hội nghị giao ban quý III.\n\n';

describe('kinds of unit listed after a counted kind', () => {
  it('are no place of their own, so "lần lượt" pairs with the districts named after them', () => {
    const text = `${cityBefore}Trong 10 huyện, thị xã, thành phố, huyện Tuần Giáo và huyện Mường Ảng có tỷ lệ giải ngân cao nhất, lần lượt đạt 61,5% và 58,2%.`;
    expectFigure(text, '61,5%', { locality: 'huyện Tuần Giáo' }, opts);
    expectFigure(text, '58,2%', { locality: 'huyện Mường Ảng' }, opts);
  });
  it('also after "và" ("Các huyện và thành phố đã …"): the figure stays with the province', () => {
    const text = `${cityBefore}Các huyện và thành phố đã hỗ trợ xây mới 1.240 căn nhà cho hộ nghèo.`;
    expectFigure(text, '1.240', { locality: 'tỉnh Điện Biên' }, opts);
  });
  it('a bare "thành phố" after a comma that follows no kind still means the city named before', () => {
    const text = `${cityBefore}Sau hội nghị, thành phố giải ngân thêm 45 tỷ đồng vốn đầu tư công.`;
    expectFigure(text, '45 tỷ đồng', { locality: 'thành phố Điện Biên Phủ' }, opts);
  });
});
