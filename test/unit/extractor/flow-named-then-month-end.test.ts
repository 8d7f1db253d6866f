// "Thu ngân sách nhà nước trên địa bàn tính đến hết tháng 11 đạt 15.120 tỷ đồng, bằng 91,5% dự toán năm": a flow named
// first, then the month's end it runs to, is summed from January (2023-11M), as "Tính đến hết tháng 11, thu ngân sách
// đạt …" is. A stock counted to the month's end stays at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-04' };

describe('a flow named before the month end it runs to', () => {
  it('sums the months elapsed', () => {
    const text = 'Thu ngân sách nhà nước trên địa bàn tính đến hết tháng 11 đạt 15.120 tỷ đồng, bằng 91,5% dự toán năm. Giải ngân vốn đầu tư công đến hết tháng 10/2023 đạt 4.856 tỷ đồng.';
    expect(figureAt(text, '15.120 tỷ đồng', opts).period).toBe('2023-11M');
    expect(figureAt(text, '91,5%', opts).period).toBe('2023-11M');
    expect(figureAt(text, '4.856 tỷ đồng', opts).period).toBe('2023-10M');
  });

  it('a stock at the month end stays at the month', () => {
    const text = 'Tỷ lệ bao phủ bảo hiểm y tế đến hết tháng 11 đạt 93,4%.';
    expect(figureAt(text, '93,4%', opts).period).toBe('2023-M11');
  });
});
