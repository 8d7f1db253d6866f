// A year-end page may open a paragraph on a date months before it ("Đến ngày 31/8/2025, huyện hoàn thành xóa … nhà
// tạm"): that is a milestone its paragraph reports, not where the report's count stands, so the paragraphs after it
// are the year's again. A cut-off at the end of the month before the page still carries (cut-off-opens-report).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Chiều 16/12, Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2025.\n\n';

describe('a cut-off months before the page', () => {
  it('dates its own paragraph and not the ones after it', () => {
    const text = `${LEAD}Đến ngày 31/8/2025, toàn tỉnh hoàn thành xóa 4.120 căn nhà tạm, nhà dột nát.\n\n` +
      'Quỹ "Vì người nghèo" các cấp vận động được 96 tỷ đồng; Mặt trận các cấp trao 18.500 phần quà cho hộ nghèo.';
    const opts = { published: '2025-12-18' };
    expect(figureAt(text, '96 tỷ đồng', opts).period).toBe('2025');
    expect(figureAt(text, '18.500', opts).period).toBe('2025');
  });

  it('still carries a cut-off at the end of the month before the page', () => {
    const text = 'Chiều 5/11, UBND tỉnh họp đánh giá tiến độ giải ngân vốn đầu tư công năm 2025.\n\n' +
      'Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân 9.786 tỷ đồng, đạt 68,5% kế hoạch vốn.\n\n' +
      'Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng; vốn ngân sách trung ương 3.280 tỷ đồng.';
    expect(figureAt(text, '6.124 tỷ đồng', { published: '2025-11-06' }).period).toBe('2025-10M');
  });
});
