// A cut-off opening a paragraph of a year-end report dates the paragraphs after it only within its section: a paragraph
// that opens on the whole year ("Trong năm, …") or a heading line of a new section returns the figures to the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Sáng 9/12, HĐND tỉnh khai mạc kỳ họp cuối năm, xem xét báo cáo tình hình kinh tế - xã hội năm 2025 của UBND tỉnh.\n\n';
const CUT_OFF = 'Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công được 7.420 tỷ đồng, đạt 70,4% kế hoạch.\n\n';

describe('a cut-off opening a paragraph of a long report', () => {
  it('stops at a paragraph that opens on the whole year', () => {
    const text = `${LEAD}${CUT_OFF}Trong năm, toàn tỉnh có 1.850 doanh nghiệp thành lập mới, tăng 12,5% so với năm 2024.`;
    expect(figureAt(text, '7.420 tỷ đồng').period).toBe('2025-11M');
    expect(figureAt(text, '1.850').period).toBe('2025');
  });

  it('stops at the heading of a new section', () => {
    const text = `${LEAD}${CUT_OFF}Vốn ngân sách địa phương giải ngân 4.960 tỷ đồng.\n\nVăn hóa - xã hội\n\n` +
      'Toàn tỉnh giải quyết việc làm cho 32.400 lao động; tỷ lệ bao phủ bảo hiểm y tế đạt 93,6%.';
    expect(figureAt(text, '4.960 tỷ đồng').period).toBe('2025-11M');
    expect(figureAt(text, '32.400').period).toBe('2025');
    expect(figureAt(text, '93,6%').period).toBe('2025');
  });

  it('goes on under a heading that breaks the count down', () => {
    const text = `${LEAD}${CUT_OFF}Theo nguồn vốn\n\nVốn ngân sách địa phương giải ngân 4.960 tỷ đồng, đạt 74,2%.`;
    expect(figureAt(text, '4.960 tỷ đồng').period).toBe('2025-11M');
  });
});
