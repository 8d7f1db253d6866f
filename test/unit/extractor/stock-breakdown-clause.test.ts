// A clause that opens on "trong đó" right after a stock in the same sentence ("… dư nợ là 2.150 tỷ đồng; trong đó nợ
// xấu 41 tỷ đồng, …") breaks that stock down: its parts stand at the stock's date, as a "Trong đó," sentence's do.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-08' };

describe('a "; trong đó" clause after a stock', () => {
  it('dates each part by the stock\'s month', () => {
    const text = 'Đến ngày 30/6/2025, tổng số tiền chậm đóng bảo hiểm xã hội là 96,2 tỷ đồng; trong đó khu vực doanh nghiệp ngoài nhà nước 61,5 tỷ đồng, đơn vị sự nghiệp 8,3 tỷ đồng.';
    expect(figureAt(text, '61,5 tỷ đồng', opts).period).toBe('2025-M06');
    expect(figureAt(text, '8,3 tỷ đồng', opts).period).toBe('2025-M06');
  });

  it('leaves the parts of a flow summed over the months', () => {
    const text = 'Đến ngày 30/6/2025, toàn tỉnh giải ngân vốn đầu tư công 1.240 tỷ đồng; trong đó vốn ngân sách tỉnh 705 tỷ đồng.';
    expect(figureAt(text, '705 tỷ đồng', opts).period).toBe('2025-H1');
  });
});
