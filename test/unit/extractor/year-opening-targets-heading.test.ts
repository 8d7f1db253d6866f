// A committee's January page sets the year's targets in a sentence that opens on the year and ends on a colon ("Năm
// 2026, Ban Chấp hành Đảng bộ tỉnh thống nhất 24 chỉ tiêu chủ yếu, trong đó:"), then lists them one "- …;" line each
// with no aim verb of their own: the items are the year's targets, as under "Các chỉ tiêu chủ yếu năm 2026:".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (heading: string) =>
  `Hội nghị đã đánh giá kết quả năm qua.\n\n${heading}\n- Thu ngân sách nhà nước trên địa bàn 4.300 tỷ đồng;\n- Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm;\n- Tỷ lệ lao động qua đào tạo đạt 71%.\n\nHội nghị bế mạc cùng ngày.`;

describe('a heading opening on the year just begun and naming its targets heads a list of targets', () => {
  it('items under "Năm 2026, Thành ủy thống nhất 18 chỉ tiêu chủ yếu, trong đó:" in January 2026 are targets', () => {
    const text = page('Năm 2026, Thành ủy thống nhất 18 chỉ tiêu chủ yếu, trong đó:');
    const jan = { published: '2026-01-12' };
    expect(figureAt(text, '4.300 tỷ', jan).modality).toBe('target');
    expect(figureAt(text, '1,5 điểm', jan).modality).toBe('target');
    expect(figureAt(text, '71%', jan).modality).toBe('target');
    expect(figureAt(text, '71%', jan).period).toBe('2026');
  });
  it('the same heading reporting results of the year ("đạt và vượt") heads actuals', () => {
    const text = page('Năm 2026, Thành ủy đạt và vượt 18 chỉ tiêu chủ yếu, trong đó:');
    expect(figureAt(text, '4.300 tỷ', { published: '2026-01-12' }).modality).toBe('actual');
  });
  it('a year opening the heading without naming targets heads no plan', () => {
    const text = page('Năm 2026, một số kết quả nổi bật như sau:');
    expect(figureAt(text, '4.300 tỷ', { published: '2026-01-12' }).modality).toBe('actual');
  });
  it('late in the year the same heading is no longer read as the year opening', () => {
    const text = page('Năm 2026, Thành ủy thống nhất 18 chỉ tiêu chủ yếu, trong đó:');
    expect(figureAt(text, '4.300 tỷ', { published: '2026-11-20' }).modality).toBe('actual');
  });
});
