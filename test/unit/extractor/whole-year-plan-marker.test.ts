// "Giá trị sản xuất 6 tháng ước tăng 6,4% (kế hoạch cả năm 8,5%)": the plan for the whole year, written after a half-year's
// figure, is a target, as "(kế hoạch năm 8%)" is; the half-year's own estimate stays an estimate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Sáu tháng đầu năm 2025, giá trị sản xuất công nghiệp của huyện ước tăng 6,4% so với cùng kỳ (kế hoạch cả năm 8,5%).';
const opts = { published: '2025-07-08' };

describe('a plan marker naming the whole year ("kế hoạch cả năm", "Nghị quyết cả năm")', () => {
  it("makes the bracket's figure the year's target", () => {
    expect(figureAt(text, '8,5%', opts).modality).toBe('target');
  });

  it("leaves the half-year's estimate before it", () => {
    expect(figureAt(text, '6,4%', opts).modality).toBe('estimate');
  });
});
