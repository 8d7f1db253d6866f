// "vượt 38,5% mục tiêu giai đoạn (200 sản phẩm)": the bracket after a plan of the stretch under review holds that plan,
// a target of the "giai đoạn" the article named. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-04-10' };
const review = 'Ngày 9/4, tỉnh tổng kết Chương trình OCOP giai đoạn 2021 - 2025.\n\nĐến nay, toàn tỉnh có 277 sản phẩm OCOP, vượt 38,5% mục tiêu giai đoạn (200 sản phẩm); trong đó 2 sản phẩm đạt 5 sao.';

describe('a bracket after "mục tiêu giai đoạn"', () => {
  it('is the stretch\'s target', () => {
    expectFigure(review, '200', { value: 200, modality: 'target', period: '2021/2025' }, pub);
  });
  it('the count it is compared with stays actual, dated by "đến nay"', () => {
    expectFigure(review, '277', { value: 277, modality: 'actual', period: '2025' }, pub);
  });
  it('a bracket after no plan word stays actual', () => {
    expectFigure('Ngày 9/4, tỉnh tổng kết Chương trình OCOP giai đoạn 2021 - 2025.\n\nĐến nay, toàn tỉnh có 31 sản phẩm 4 sao (tăng 12 sản phẩm).', '12', { modality: 'actual' }, pub);
  });
});
