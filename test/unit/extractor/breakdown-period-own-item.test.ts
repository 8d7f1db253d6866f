// A total, then a part of it singled out by its own stretch ("… đạt trên 15.000 tỷ đồng, trong đó riêng quý III đạt
// 5.000 tỷ đồng", "…, riêng tháng 9 đạt 100 triệu USD"): the quarter or month opens an item with its own verb and dates
// that item alone. The total keeps the report's stretch, and so does the next sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-05' };
const lead = 'Hà Tĩnh: kinh tế 9 tháng tăng trưởng khá\n\n9 tháng đầu năm, tỉnh Hà Tĩnh tăng trưởng 8,05%. ';

describe('a stretch singled out after a total', () => {
  it('dates the part, not the total before it', () => {
    const text = `${lead}Tổng thu ngân sách đạt trên 15.000 tỷ đồng, trong đó riêng quý III đạt 5.000 tỷ đồng.`;
    expect(figureAt(text, '15.000 tỷ đồng', opts).period).toBe('2025-9M');
    expect(figureAt(text, 'đạt 5.000 tỷ đồng', opts).period).toBe('2025-Q3');
  });

  it('a month singled out the same way', () => {
    const text = `${lead}Vốn FDI đăng ký đạt 300 triệu USD, riêng tháng 9 đạt 100 triệu USD.`;
    expect(figureAt(text, '300 triệu USD', opts).period).toBe('2025-9M');
    expect(figureAt(text, '100 triệu USD', opts).period).toBe('2025-M09');
  });

  it('does not date the sentence after it', () => {
    const text = `${lead}Thu ngân sách đạt 15.000 tỷ đồng, trong đó riêng quý III đạt 5.000 tỷ đồng. Kim ngạch xuất khẩu đạt 640 triệu USD.`;
    expect(figureAt(text, '640 triệu USD', opts).period).toBe('2025-9M');
  });

  it('a stretch after the figure with no verb of its own is still the figure\'s', () => {
    const text = 'Kim ngạch xuất khẩu đạt 1,2 tỷ USD trong quý III, tăng 8%.';
    expect(figureAt(text, '1,2 tỷ USD', opts).period).toBe('2025-Q3');
  });
});
