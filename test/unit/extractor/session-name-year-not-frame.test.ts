// A council page names its session by the year ("Kỳ họp thứ 12 (kỳ họp thường lệ giữa năm 2025)") before the lead gives
// the stretch the report covers ("kinh tế 6 tháng đầu năm tăng …"). The session's year names the meeting, not the
// report: the lead's stretch frames the page, so the half-year results in later paragraphs are the half's. When the
// lead names no stretch of its own, the year still frames the page.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-07-16' };
const head = 'Khai mạc kỳ họp giữa năm của HĐND tỉnh\n\n';

describe('the session\'s year after a lead that names the half', () => {
  it('dates a later paragraph\'s result by the half, not the year', () => {
    const text = `${head}Sáng 15/7, HĐND tỉnh khai mạc Kỳ họp thứ 12 (kỳ họp thường lệ giữa năm 2025). Báo cáo cho biết kinh tế 6 tháng đầu năm ước tăng 7,2% so với cùng kỳ.\n\n` +
      'Lĩnh vực xã hội có nhiều chuyển biến. Toàn tỉnh đã giải quyết việc làm cho 15.200 lao động, bằng 55% kế hoạch năm.';
    expect(figureAt(text, '15.200 lao động', pub).period).toBe('2025-H1');
  });
});

describe('a session\'s year with no stretch in the lead', () => {
  it('still frames the page by the year', () => {
    const text = `${head}Sáng 15/7, HĐND tỉnh khai mạc Kỳ họp thứ 12 (kỳ họp thường lệ giữa năm 2025) để xem xét nhiều nội dung quan trọng.\n\n` +
      'Lĩnh vực xã hội có nhiều chuyển biến. Toàn tỉnh đã giải quyết việc làm cho 15.200 lao động, bằng 55% kế hoạch năm.';
    expect(figureAt(text, '15.200 lao động', pub).period).toBe('2025');
  });
});
