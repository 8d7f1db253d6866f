// "kim ngạch xuất khẩu gạo của Việt Nam đạt 5,2 tỷ USD" in a provincial article: the country named as the owner of a
// figure is its place ("cả nước"), not the province the article opened on. Bare "Việt Nam" ends the names of many of a
// province's bodies ("Ủy ban MTTQ Việt Nam tỉnh"), so only "của Việt Nam" counts. Pattern from real pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-20' };

describe('"của Việt Nam" is the country', () => {
  it('the country\'s rice exports in a provincial article', () => {
    const text = 'Giá lúa tại tỉnh Tiền Giang tăng 300 đồng/kg.\n\nNăm 2025, kim ngạch xuất khẩu gạo của Việt Nam đạt 5,2 tỷ USD.';
    expectFigure(text, '5,2 tỷ USD', { locality: 'cả nước' }, pub);
  });
  it('a body named with "Việt Nam" keeps the province', () => {
    const text = 'Năm 2025, Ủy ban MTTQ Việt Nam tỉnh Tiền Giang vận động được 52 tỷ đồng cho Quỹ Vì người nghèo.';
    expectFigure(text, '52 tỷ đồng', { locality: 'tỉnh Tiền Giang' }, pub);
  });
});
