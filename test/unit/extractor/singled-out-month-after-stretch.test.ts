// "Xuất khẩu 6 tháng đạt 2,1 tỷ USD. Riêng tháng 6, xuất khẩu đạt 410 triệu USD. Thu ngân sách đạt …": a month or quarter
// singled out at the head of a later sentence of a paragraph that has already named its longer stretch is an aside on
// it, as "; riêng tháng 6" is mid-sentence: it dates its own sentence, and the sentences after it are the stretch's
// again. One that opens its paragraph, or that follows sentences naming no period, still dates the sentences after it
// (month-aside-after-clause.test.ts, singled-out-stretch.test.ts).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-04' };
const head = 'Kinh tế 6 tháng đầu năm 2025 tăng trưởng khá\n\n';

describe('"Riêng tháng N," after a sentence naming the stretch', () => {
  const text = `${head}Kim ngạch xuất khẩu 6 tháng đầu năm đạt 2,1 tỷ USD, tăng 9,4% so với cùng kỳ. Riêng tháng 6, xuất khẩu đạt 410 triệu USD, tăng 3,2% so với tháng trước. Thu ngân sách nhà nước đạt 5.840 tỷ đồng, bằng 54,1% dự toán. Vốn FDI thu hút được 215 triệu USD.`;

  it('dates its own sentence to the month', () => {
    expect(figureAt(text, '410 triệu USD', opts).period).toBe('2025-M06');
    expect(figureAt(text, '3,2%', opts).period).toBe('2025-M06');
  });

  it('leaves the sentences after it to the half-year', () => {
    expect(figureAt(text, '5.840 tỷ đồng', opts).period).toBe('2025-H1');
    expect(figureAt(text, '54,1%', opts).period).toBe('2025-H1');
    expect(figureAt(text, '215 triệu USD', opts).period).toBe('2025-H1');
  });
});

describe('"Riêng tháng N," after a sentence that names no period', () => {
  it('still dates the sentences after it in its paragraph', () => {
    const text = `${head}Xuất khẩu phục hồi nhờ đơn hàng điện tử tăng trở lại. Riêng tháng 6, kim ngạch xuất khẩu đạt 410 triệu USD, tăng 3,2% so với tháng trước. Nhập khẩu đạt 380 triệu USD.`;
    expect(figureAt(text, '380 triệu USD', opts).period).toBe('2025-M06');
  });
});
