// An interview's answer opens on its speaker's name ("Ông Trần Minh Đức: Đến ngày 30/6/2025, …"): the paragraph opens
// after the name, so a cut-off date right after it opens the paragraph and dates its stocks. A saying reported in quotes
// after a name and a verb ("Bà … nhận định: "…"") is no interview label, nor is a place heading its line ("Bà Rịa: …").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-15' };
const head = 'Tín dụng 6 tháng đầu năm tăng 5,1%\n\nPV: Xin ông cho biết kết quả hoạt động ngân hàng 6 tháng đầu năm?\n\n';

describe('an interview speaker label', () => {
  it('the cut-off after the name opens the answer', () => {
    const text = head + 'Ông Trần Minh Đức: Đến ngày 30/6/2025, tổng dư nợ trên địa bàn tỉnh đạt 96.400 tỷ đồng, tăng 5,1% so với cuối năm 2024.\n\n' +
      'Trong đó, dư nợ tại khu vực nông thôn đạt 41.200 tỷ đồng, chiếm 42,7%.';
    expect(figureAt(text, '96.400', opts).period).toBe('2025-M06');
    expect(figureAt(text, '41.200', opts).period).toBe('2025-M06');
  });

  it('a place heading its line is no speaker', () => {
    const text = 'Bà Rịa: Dư nợ tín dụng chính sách tăng 6%\n\nĐến ngày 30/6/2024, dư nợ tín dụng chính sách trên địa bàn thành phố đạt 812 tỷ đồng. Trong 6 tháng, doanh số cho vay đạt 214 tỷ đồng.';
    expect(figureAt(text, '214', { published: '2024-07-10' }).locality).toBe('thành phố Bà Rịa');
  });
});
