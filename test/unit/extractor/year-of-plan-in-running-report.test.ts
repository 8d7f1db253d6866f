// "Tổng kế hoạch vốn đầu tư công năm 2025 là …" inside a report whose lead counts a stretch of that year ("Đến ngày
// 31/10/2025", "6 tháng đầu năm 2025"): the plan's year names what the plan is of; the disbursements told after it are
// still the stretch the report has reached, not the whole year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the year a plan is of, in a running report', () => {
  it('does not date the flows after it when the lead counts a stretch of that year', () => {
    const text = 'Giải ngân vốn đầu tư công đạt 58% kế hoạch\n\n' +
      'Đến ngày 31/10/2025, toàn tỉnh giải ngân 3.120 tỷ đồng vốn đầu tư công, đạt 58% kế hoạch.\n\n' +
      'Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 5.380 tỷ đồng. Vốn ngân sách tỉnh giải ngân 1.870 tỷ đồng, đạt 61,2%.';
    expect(figureAt(text, '5.380 tỷ đồng', { published: '2025-11-04' }).period).toBe('2025');
    expect(figureAt(text, '1.870 tỷ đồng', { published: '2025-11-04' }).period).toBe('2025-10M');
  });

  it('still dates the report when the lead names no shorter stretch of that year', () => {
    const text = 'Kết quả thực hiện kế hoạch vốn năm 2024\n\n' +
      'Kế hoạch vốn đầu tư công năm 2024 của huyện là 640 tỷ đồng, cao nhất từ trước đến nay. Huyện đã giải ngân 598 tỷ đồng, đạt 93,4%.';
    expect(figureAt(text, '598 tỷ đồng', { published: '2025-02-10' }).period).toBe('2024');
  });
});
