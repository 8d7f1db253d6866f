// A report whose lead sums to a month's end ("Tính đến hết tháng 4/2025, tổng thu ngân sách … đạt 2.684 tỷ đồng") sums
// its later budget, disbursement and trade flows from January too, though their paragraphs name no month: the months
// elapsed (2025-4M), not the cut-off month a stock stands at.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-05-06' };
const lead = 'Tính đến hết tháng 4/2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 2.684 tỷ đồng, tăng 70% so với cùng kỳ.\n\n';

describe('flows in later paragraphs of a report framed by a month\'s end', () => {
  it('are summed from January', () => {
    const text = `${lead}Chi ngân sách địa phương đạt 5.446 tỷ đồng, bằng 29,3% dự toán, tăng 41,8% so với cùng kỳ năm 2024.`;
    expect(figureAt(text, '5.446 tỷ đồng', opts).period).toBe('2025-4M');
    expect(figureAt(text, '41,8%', opts).period).toBe('2025-4M');
  });

  it('a stock there still stands at the month', () => {
    const text = `${lead}Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% dân số.`;
    expect(figureAt(text, '93,1%', opts).period).toBe('2025-M04');
  });

  it('a sentence that names its own month keeps it', () => {
    const text = `${lead}Riêng tháng 4, thu ngân sách đạt 610 tỷ đồng.`;
    expect(figureAt(text, '610 tỷ đồng', opts).period).toBe('2025-M04');
  });
});
