// "lũy kế đến hết tháng 8/2025" calls its sum cumulative: a flow summed from January to that month is the months elapsed,
// while a stock counted "đến hết tháng 8/2025" without the word stands at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a cumulative sum to the end of a month', () => {
  it('revenue summed cumulatively to the end of August is the first eight months', () => {
    const text = 'Theo Sở Tài chính, lũy kế đến hết tháng 8/2025, tổng thu ngân sách trên địa bàn đạt 31.640 tỷ đồng, bằng 78,4% dự toán năm.';
    expect(figureAt(text, '31.640 tỷ đồng').period).toBe('2025-8M');
    expect(figureAt(text, '78,4%').period).toBe('2025-8M');
  });

  it('a count of insured people to the end of August, not called cumulative, is the month', () => {
    const text = 'Đến hết tháng 8/2025, toàn tỉnh có 3,12 triệu người tham gia bảo hiểm y tế.';
    expect(figureAt(text, '3,12 triệu').period).toBe('2025-M08');
  });
});
