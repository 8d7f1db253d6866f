// A running report measures its totals against the year's plan: "đạt 50,2% kế hoạch năm 2022", "đạt 64,5% kế hoạch cả
// năm". That year names the plan, so it dates none of the figures of its sentence; they stay in the report's months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-07-10' };

describe('the year of a plan a share is measured against', () => {
  it('dates neither the share nor the figures around it', () => {
    const text = 'Trong 6 tháng đầu năm 2022, thị xã đón 318.000 lượt khách, đạt 47,1% kế hoạch năm 2022, cùng với 12.400 lượt khách quốc tế.\n\n' +
      'Doanh thu từ du lịch đạt 640 tỷ đồng, đạt 51,8% so với kế hoạch cả năm.';
    expect(figureAt(text, '47,1%', opts).period).toBe('2022-H1');
    expect(figureAt(text, '12.400 lượt', opts).period).toBe('2022-H1');
    expect(figureAt(text, '640 tỷ', opts).period).toBe('2022-H1');
  });

  it('a plan year that sets the sentence still dates its targets', () => {
    const text = 'Trong 6 tháng đầu năm 2022, thị xã đón 318.000 lượt khách.\n\nKế hoạch năm 2023, thị xã phấn đấu đón 700.000 lượt khách.';
    expect(figureAt(text, '700.000', opts).period).toBe('2023');
  });

  it('a heading ending on a share of the plan does not take the next line\'s months', () => {
    const text = 'Xuất khẩu lao động đạt 68% kế hoạch\nTám tháng năm 2025, huyện đưa 410 lao động đi làm việc ở nước ngoài.';
    expect(figureAt(text, '410 lao động', { published: '2025-09-20' }).period).toBe('2025-8M');
  });
});
