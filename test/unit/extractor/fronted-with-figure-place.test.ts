// "Đáng chú ý, với 76,44 tỷ USD, Bắc Ninh đã vươn lên dẫn đầu cả nước về xuất khẩu": roundups front a figure with
// "với" and name its owner right after the comma. In a national article the figure belongs to that province, not to
// the country the paragraph before spoke of. Pattern from a real national export roundup.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-11-07' };

describe('a figure fronted by "với" belongs to the place that opens the clause after it', () => {
  it('a province after the fronted sum', () => {
    const text = 'Kim ngạch xuất khẩu của cả nước đạt 391 tỷ USD. Đáng chú ý, với 30,05 tỷ USD, Hải Phòng tiếp tục đứng thứ ba cả nước.';
    expectFigure(text, '30,05 tỷ USD', { locality: 'thành phố Hải Phòng' }, pub);
  });
  it('"Với" opening the sentence', () => {
    const text = 'Cả nước đón 15,4 triệu lượt khách quốc tế. Với 5,1 triệu lượt khách, tỉnh Khánh Hòa dẫn đầu.';
    expectFigure(text, '5,1 triệu lượt khách', { locality: 'tỉnh Khánh Hòa' }, pub);
  });
});

describe('what keeps the place before', () => {
  it('a figure after "với" that is not fronted keeps the sentence\'s place', () => {
    const text = 'Tỉnh Khánh Hòa dẫn đầu với 5,1 triệu lượt khách, Đà Nẵng đứng thứ hai.';
    expectFigure(text, '5,1 triệu lượt khách', { locality: 'tỉnh Khánh Hòa' }, pub);
  });
});
