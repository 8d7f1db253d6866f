// "Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng": a sentence opening on a month's end, then disbursing or
// harvesting, sums a flow from January (the months elapsed). A stock counted at the same month's end stays at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Gia Lai: kinh tế 10 tháng năm 2026\n\nKinh tế - xã hội 10 tháng năm 2026 tiếp tục chuyển biến tích cực.\n\n';
const opts = { published: '2026-11-06' };

describe('a flow summed to the end of a month', () => {
  it('money disbursed to the end of October is the ten months', () => {
    const text = `${HEAD}Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng, đạt 64,6% kế hoạch.`;
    expect(figureAt(text, '9.447 tỷ đồng', opts).period).toBe('2026-10M');
    expect(figureAt(text, '64,6%', opts).period).toBe('2026-10M');
  });

  it('a coverage rate at the end of October stays the month', () => {
    const text = `${HEAD}Đến cuối tháng 10, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,7%.`;
    expect(figureAt(text, '93,7%', opts).period).toBe('2026-M10');
  });
});
