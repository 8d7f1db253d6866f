// A change or a share chained by a comma right after a stock counted at a date stands at that date, as the stock
// does: "Đến ngày 30/9/2025, tổng dư nợ … đạt 8.214 tỷ đồng, tăng 6,2% so với đầu năm" is September's, not nine months'.
// A change chained to a flow is still summed over the months to the date.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-12' };

describe('a change chained to a stock', () => {
  it('takes the stock date', () => {
    const text = 'Đến ngày 30/9/2025, tổng dư nợ cho vay trên địa bàn huyện đạt 8.214 tỷ đồng, tăng 6,2% so với đầu năm, chiếm 41% dư nợ toàn tỉnh.';
    expect(figureAt(text, '8.214', opts).period).toBe('2025-M09');
    expect(figureAt(text, '6,2%', opts).period).toBe('2025-M09');
    expect(figureAt(text, '41%', opts).period).toBe('2025-M09');
  });

  it('a change chained to a flow is still summed over the months', () => {
    const text = 'Đến ngày 30/9/2025, toàn huyện giải ngân 512 tỷ đồng vốn đầu tư công, tăng 6,2% so với cùng kỳ.';
    expect(figureAt(text, '512', opts).period).toBe('2025-9M');
    expect(figureAt(text, '6,2%', opts).period).toBe('2025-9M');
  });
});
