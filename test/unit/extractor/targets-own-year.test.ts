// "Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024": a year right after the targets' name
// says whose targets they are, over the quarter the sentence opens with. Pattern from holdout11 (also in holdout4).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-10-03' };

describe('a count of targets followed by their year', () => {
  it('takes that year over a quarter named before it', () => {
    expectFigure('Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024.', '21/21', { period: '2024' }, pub);
  });
  it('a year after a break in the clause is not theirs', () => {
    expectFigure('Trong 9 tháng năm 2024, có 15/21 chỉ tiêu đạt, cao hơn năm 2023.', '15/21', { period: '2024-9M' }, pub);
  });
  it('a count of something else keeps the period before it', () => {
    expectFigure('Quý III, tỉnh có thêm 12 xã đạt chuẩn nông thôn mới năm 2024.', '12', { period: '2024-Q3' }, pub);
  });
});
