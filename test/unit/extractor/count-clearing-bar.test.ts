// "Có 8/11 địa phương cấp huyện đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%", "12 tỉnh, thành phố đạt tốc độ tăng trưởng
// GRDP từ 10% trở lên": the percentage is the bar the counted units cleared, part of what is counted, not a result of
// its own (as holdout17's "từ 15 m trở lên" is a class of boats). Found by holdout19 (003, 005).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-10-15' };

describe('a bar after a count that "đạt" it is no figure', () => {
  it('the bar a count of places cleared is not extracted; the count is', () => {
    const text = 'Toàn tỉnh có 8/11 địa phương cấp huyện đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%.';
    expectNoFigureAt(text, '92%', opts);
    expectFigure(text, '8/11', { kind: 'ratio', of: 11 }, opts);
    const growth = 'Năm 2024 có 12 tỉnh, thành phố đạt tốc độ tăng trưởng GRDP từ 10% trở lên.';
    expectNoFigureAt(growth, '10%', opts);
  });
  it('an attainment after a measure, an age group\'s rate and a plan stay figures', () => {
    expectFigure('Sản lượng 5.600 tấn đạt trên 90% kế hoạch.', '90%', { bound: 'over' }, opts);
    expectFigure('Thị xã có 9/21 chỉ tiêu chủ yếu đạt trên 50%.', '50%', { kind: 'attainment', bound: 'over' }, opts);
    expectFigure('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.', '95%', { bound: 'over' }, opts);
    expectFigure('Có 8 xã đạt tỷ lệ hộ nghèo dưới 2% theo kế hoạch, tỷ lệ chung đạt trên 92% dân số.', '92%', { bound: 'over' }, opts);
  });
  it('"100%" after a count that "đạt" it, or schools that "đỗ tốt nghiệp 100%", is the class counted, with no bound', () => {
    expectNoFigureAt('Toàn tỉnh có 5 trường đạt tỷ lệ 100% học sinh thi đỗ tốt nghiệp.', '100%', opts);
    expectNoFigureAt('Tỉnh có 3 trường đỗ tốt nghiệp 100%.', '100%', opts);
    expectFigure('Toàn tỉnh có 5 trường đạt tỷ lệ 100% học sinh thi đỗ tốt nghiệp.', '5 trường', { value: 5 }, opts);
  });
  it('"100%" of a plan, or a rate that reaches 100%, stays a figure', () => {
    expectFigure('Năm 2024, 15 xã đạt 100% kế hoạch thu ngân sách.', '100%', { kind: 'attainment' }, opts);
    expectFigure('Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 100%.', '100%', { kind: 'level' }, opts);
  });
});
