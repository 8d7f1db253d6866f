// "Tính đến ngày 31/10/2025, …" opening a paragraph of a report on the year's disbursement: the paragraphs after it are
// counted to that date too. A cut-off inside a paragraph dates that paragraph only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Chiều 5/11, UBND tỉnh họp đánh giá tiến độ giải ngân vốn đầu tư công năm 2025 với các sở, ngành và các xã, phường trên địa bàn.\n\n';

describe('a cut-off date opening a paragraph', () => {
  it('dates the paragraphs after it', () => {
    const text = `${LEAD}Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân 9.786 tỷ đồng, đạt 68,5% kế hoạch vốn.\n\n` +
      'Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng; vốn ngân sách trung ương 3.280 tỷ đồng.';
    expect(figureAt(text, '9.786 tỷ đồng').period).toBe('2025-10M');
    expect(figureAt(text, '6.124 tỷ đồng').period).toBe('2025-10M');
  });

  it('inside a paragraph, dates that paragraph only', () => {
    const text = `${LEAD}Theo Sở Tài chính, vốn được phân bổ kịp thời và tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân 9.786 tỷ đồng.\n\n` +
      'Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng; vốn ngân sách trung ương 3.280 tỷ đồng.';
    expect(figureAt(text, '6.124 tỷ đồng').period).toBe('2025');
  });
});
