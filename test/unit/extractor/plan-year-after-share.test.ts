// "Giải ngân vốn đầu tư công đạt 31,5% kế hoạch vốn năm 2025" in a report on the first 5 months of 2025: the year after
// the plan names whose plan it is; the share stands at the report's stretch, not at the whole year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Xã Tân Phú: 5 tháng đầu năm thu ngân sách đạt 46% dự toán\n\nSáng 2/6, UBND xã Tân Phú họp đánh giá tình hình tháng 5, ' +
  '5 tháng đầu năm và triển khai nhiệm vụ tháng 6 năm 2025.\n\n';
const opts = { published: '2025-06-03' };

describe("a plan's year right after a share of that plan", () => {
  it("is the plan's: the share takes the report's months", () => {
    const text = head + 'Thu ngân sách 5 tháng đạt 46% dự toán. Giải ngân vốn đầu tư công đạt 31,5% kế hoạch vốn năm 2025, tăng so với cùng kỳ.';
    expect(figureAt(text, '31,5%', opts).period).toBe('2025-5M');
  });

  it('a year after a figure that is no plan still dates it', () => {
    const text = head + 'Thu ngân sách 5 tháng đạt 46% dự toán. Tổng vốn đầu tư toàn xã hội đạt 1.250 tỷ đồng năm 2024, tăng 8%.';
    expect(figureAt(text, '1.250 tỷ đồng', opts).period).toBe('2024');
  });
});
