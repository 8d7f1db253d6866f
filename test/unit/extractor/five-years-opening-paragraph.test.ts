// "tổng kết Chương trình … giai đoạn 2021 - 2025" in the lead, then "Sau 5 năm, tỷ lệ hộ nghèo … giảm từ 7,9% (cuối năm 2021)
// xuống còn 3,3% (cuối năm 2025) …. Tổng nguồn vốn thực hiện Chương trình đạt 2.146 tỷ đồng": a paragraph that opens on the
// five years the lead reviews is theirs, past the bracketed years of its levels. A paragraph that opens otherwise keeps
// the year of the page.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-09' };
const page = (opening: string) => 'Quảng Trị giảm nghèo bền vững\n\nNgày 8/1, Sở Nông nghiệp và Môi trường tổ chức hội nghị tổng kết ' +
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.\n\n' +
  `${opening}tỷ lệ hộ nghèo toàn tỉnh giảm từ 8,2% (cuối năm 2021) xuống còn 3,6% (cuối năm 2025). ` +
  'Tổng nguồn vốn thực hiện Chương trình đạt 2.480 tỷ đồng; đã hỗ trợ xây mới 5.120 căn nhà cho hộ nghèo.\n';

describe('a paragraph opening on the five years the lead reviews', () => {
  it('dates its flows by the stretch', () => {
    const text = page('Sau 5 năm, ');
    expect(figureAt(text, '2.480', opts).period).toBe('2021/2025');
    expect(figureAt(text, '5.120', opts).period).toBe('2021/2025');
    expect(figureAt(text, '3,6%', opts).period).toBe('2025');
  });

  it('leaves a paragraph that opens otherwise to the year of the page', () => {
    expect(figureAt(page('Theo báo cáo, '), '2.480', opts).period).toBe('2025');
  });
});
