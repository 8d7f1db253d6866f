// "Thí sinh Nguyễn Thị Yên đỗ thủ khoa với 54,5 điểm", "Hai á khoa cùng đạt 55,5 điểm": the scores of the best
// candidates are one person's results, not the province's. The province's pass rate and average score still are, and
// so is what a school's pupils won.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('one candidate\'s score', () => {
  it('a named candidate\'s score is no figure', () => {
    expectNoFigureAt('Thí sinh Nguyễn Thị Thanh Yên (Trường THPT Chuyên Lê Khiết) đỗ thủ khoa với 54,5 điểm.', '54,5 điểm');
  });
  it('the top scorers\' scores are no figure', () => {
    expectNoFigureAt('Tỉnh có tỷ lệ đỗ 92,58%. Thủ khoa của tỉnh đạt 56 điểm. Hai á khoa cùng đạt 55,5 điểm.', '56 điểm');
    expectNoFigureAt('Tỉnh có tỷ lệ đỗ 92,58%. Thủ khoa của tỉnh đạt 56 điểm. Hai á khoa cùng đạt 55,5 điểm.', '55,5 điểm');
  });
  it('the province\'s rate and a school\'s pupils\' prizes stay figures', () => {
    expect(figureAt('Tỉnh có tỷ lệ đỗ 92,58%. Thủ khoa của tỉnh đạt 56 điểm.', '92,58%').value).toBe(92.58);
    expect(figureAt('Học sinh Trường THPT Chuyên Bến Tre đạt 15 giải học sinh giỏi quốc gia.', '15 giải').value).toBe(15);
  });
});
