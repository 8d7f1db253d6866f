// "Riêng quý III, …" / "Riêng tháng 10, …" at the head of a paragraph singles out a part of the stretch the report
// counts: it dates its paragraph (month-aside-after-clause.test.ts), and the paragraphs after it go back to the report's
// own stretch.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-06' };

describe('a stretch singled out with "Riêng"', () => {
  it('dates its own paragraph only', () => {
    const text = 'Thu ngân sách 9 tháng đạt 7.460 tỷ đồng\n\n' +
      'Tính đến ngày 30/9/2024, tổng thu ngân sách trên địa bàn đạt 7.460 tỷ đồng, bằng 80,2% dự toán.\n\n' +
      'Riêng quý III, số thu đạt 2.310 tỷ đồng, tăng 6,4% so với quý II. Thu từ doanh nghiệp nhà nước đạt 842 tỷ đồng.\n\n' +
      'Thu nội địa đạt 6.905 tỷ đồng, bằng 81,7% dự toán.';
    expect(figureAt(text, '2.310 tỷ đồng', opts).period).toBe('2024-Q3');
    expect(figureAt(text, '842 tỷ đồng', opts).period).toBe('2024-Q3');
    expect(figureAt(text, '6.905 tỷ đồng', opts).period).toBe('2024-9M');
  });

  it('leaves a stretch that opens its paragraph without "Riêng" to date the paragraphs after it', () => {
    const text = 'Kinh tế quý III khởi sắc\n\n' +
      'Quý III, tổng mức bán lẻ hàng hóa đạt 21.450 tỷ đồng, tăng 9,1% so với cùng kỳ.\n\n' +
      'Kim ngạch xuất khẩu đạt 612 triệu USD, tăng 11,3%.';
    expect(figureAt(text, '612 triệu USD', opts).period).toBe('2024-Q3');
  });
});
