// "(kế hoạch năm 8 - 9%)", "chỉ tiêu cả năm 12%": a small whole number after "năm" that is a percent, or the low end of a
// range to one, is the plan's rate, not a year's name ("năm 8"); "năm 2024" and "năm 3 tháng" still name time.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('a percent right after the word "năm"', () => {
  it('is a figure, with its range', () => {
    const text = 'Giá trị sản xuất công nghiệp 6 tháng ước tăng 6,8% so với cùng kỳ (kế hoạch năm 8 - 9%).';
    const f = figureAt(text, '8 - 9%', opts);
    expect([f.value, f.high, f.modality]).toEqual([8, 9, 'target']);
  });

  it('a number after "năm" that no percent follows is still no figure', () => {
    expectNoFigureAt('Sau năm 3 tháng triển khai, dự án hoàn thành 45% khối lượng.', 'năm 3', opts);
  });
});
