// A period opening a paragraph ("9 tháng đầu năm, …") dates the paragraphs after it only within its section: the heading
// of the next section returns the figures to the report's frame. Without a heading it goes on, "Trong năm, …" included.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Sáng 10/12, HĐND tỉnh khai mạc kỳ họp cuối năm, đánh giá tình hình kinh tế - xã hội năm 2025.\n\n';
const OPENER = '9 tháng đầu năm, kim ngạch xuất khẩu đạt 820 triệu USD, tăng 12,4% so với cùng kỳ.\n\n';

describe('a period opening a paragraph of a sectioned report', () => {
  it('stops at the next section heading', () => {
    const text = `${LEAD}${OPENER}Nông nghiệp\n\nTổng sản lượng lương thực đạt 820.000 tấn; tỷ lệ che phủ rừng đạt 67,5%.`;
    expect(figureAt(text, '820 triệu USD').period).toBe('2025-9M');
    expect(figureAt(text, '820.000 tấn').period).toBe('2025');
    expect(figureAt(text, '67,5%').period).toBe('2025');
  });

  it('goes on where no heading intervenes', () => {
    const text = `${LEAD}${OPENER}Kim ngạch nhập khẩu đạt 540 triệu USD, tăng 8,1%.`;
    expect(figureAt(text, '540 triệu USD').period).toBe('2025-9M');
  });
});
