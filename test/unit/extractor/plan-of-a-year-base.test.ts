// "đạt 45,5% so với kế hoạch năm 2022": the plan is what the share is measured against, named with its year; the year
// belongs to the plan, so the base is the target, not that year. A year compared with directly stays a year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of the plan named with its year', () => {
  it('is measured against the target', () => {
    const text = 'Sáu tháng đầu năm, huyện đón 410.000 lượt khách, đạt 52,3% so với kế hoạch năm 2022. Thu ngân sách đạt 96 tỷ đồng, bằng 61,4% so với dự toán năm 2022.';
    expect(figureAt(text, '52,3%').base).toBe('target');
    expect(figureAt(text, '61,4%').base).toBe('target');
  });

  it('a year compared with directly stays that year', () => {
    const text = 'Năm 2023, sản lượng thủy sản đạt 21.400 tấn, tăng 6,2% so với thực hiện năm 2022.';
    expect(figureAt(text, '6,2%').base).toBe('2022');
  });
});
