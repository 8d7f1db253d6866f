// A place named as what a figure is likened or compared to ("…, tương đương Đà Nẵng", "cao hơn Bình Dương") is the
// figure's yardstick. It owns none of the figures after it in the sentence: those stay the subject's.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-02-04' };

describe('a place a figure is compared to is no subject', () => {
  it('"tương đương X"', () => {
    expectFigure('Lâm Đồng đạt doanh thu du lịch 1.650 tỷ đồng, tương đương Khánh Hòa, tăng gần 35% so với cùng kỳ.', '35%', { locality: 'tỉnh Lâm Đồng' }, pub);
  });
  it('"cao hơn tỉnh X"', () => {
    expectFigure('Năm 2024, GRDP của Long An tăng 8,1%, cao hơn tỉnh Tiền Giang, thu ngân sách đạt 22.000 tỷ đồng.', '22.000 tỷ đồng', { locality: 'tỉnh Long An' }, pub);
  });
});

describe('a place that is the subject', () => {
  it('after a comparison of something else', () => {
    expectFigure('Doanh thu tăng cao hơn dự kiến. Khánh Hòa đón 825.195 lượt khách.', '825.195 lượt khách', { locality: 'tỉnh Khánh Hòa' }, pub);
  });
});
