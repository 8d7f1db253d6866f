// "so với kế hoạch đề ra đầu năm 2022 là 8,42%": the year named after "đề ra đầu" says when a plan was set. It dates the
// plan's figure in its own sentence, but it is no period the report moves to: the sentences after it stay in the
// stretch the report is about (here nine months).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2022-10-15' };
const text = 'Kim ngạch xuất khẩu toàn tỉnh 9 tháng đạt 3,12 tỷ USD, tăng 9,6% so với cùng kỳ, cao hơn so với kế hoạch đề ra đầu năm 2022 là 8%. '
  + 'Thị trường châu Âu tăng 14,5% so với cùng kỳ.';

describe('the year a plan was set at is not carried', () => {
  it('the next sentence stays in the report\'s stretch', () => {
    expectFigure(text, '14,5%', { period: '2022-9M' }, pub);
  });
  it('the plan\'s own figure is that year\'s target', () => {
    expectFigure(text, '8%', { period: '2022', modality: 'target' }, pub);
  });
});

describe('a year that opens the next part of the report', () => {
  it('still dates what follows it', () => {
    expectFigure(`${text} Năm 2021, kim ngạch xuất khẩu đạt 3,8 tỷ USD.`, '3,8 tỷ USD', { period: '2021' }, pub);
  });
});
