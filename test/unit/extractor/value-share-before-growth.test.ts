// "giá trị sản xuất công nghiệp đạt 74,65%, tăng 7,95% so với cùng kỳ": the percentage an amount reached, with the
// amount's own growth right after it, is how much of the plan it reached; a rate's "đạt 92,1%, tăng 0,5 điểm %" is a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2022-07-06' };

describe('an amount that reached a percentage, then grew', () => {
  it('output value reached a share of its plan', () => {
    const text = 'Sơ kết 6 tháng\n\n6 tháng đầu năm 2022, giá trị sản xuất thủy sản của huyện đạt 52,4%, tăng 6,1% so với cùng kỳ; thu ngân sách đạt 61,2% dự toán.';
    expect(figureAt(text, '52,4%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target' });
    expect(figureAt(text, '6,1%', OPTS)).toMatchObject({ kind: 'change', direction: 'up', base: 'same_period' });
  });

  it('turnover reached a share of its plan before it fell', () => {
    const text = 'Thương mại\n\nDoanh thu dịch vụ vận tải ước đạt 48%, giảm 3,2% so với cùng kỳ năm trước.';
    expect(figureAt(text, '48%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('a rate that rose in points stays a level', () => {
    const text = 'Y tế\n\nTỷ lệ dân số tham gia bảo hiểm y tế đạt 93,4%, tăng 1,2% so với cùng kỳ.';
    expect(figureAt(text, '93,4%', OPTS)).toMatchObject({ kind: 'level' });
  });

  it('growth of the output value told as what it reached stays a level', () => {
    const text = 'Kinh tế\n\nTốc độ tăng giá trị sản xuất ước đạt 7,2%, cao hơn cùng kỳ.';
    expect(figureAt(text, '7,2%', OPTS)).toMatchObject({ kind: 'level' });
  });
});
