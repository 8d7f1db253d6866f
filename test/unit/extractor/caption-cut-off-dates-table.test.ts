// A plan table's caption may name the date it counts to ("Kết quả … đến ngày 30/6/2023 như sau:"): its cells are dated
// as a list's items under such a heading are, stocks at the date's month, flows the months elapsed, even when a
// paragraph before opened on another stretch.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Trong 6 tháng đầu năm 2023, ngành bảo hiểm tăng cường tuyên truyền, vận động người dân.\n\n';
const opts = { published: '2023-07-08' };

describe('a table caption that names its cut-off', () => {
  it('stands the coverage cells at the date', () => {
    const text = `${lead}Kết quả phát triển người tham gia đến ngày 30/6/2023 như sau:\n\nLoại hình | Kế hoạch năm 2023 (người) | Thực hiện (người) | So với kế hoạch (%)\nBảo hiểm y tế | 512.000 | 498.300 | 97,3\n`;
    expect(figureAt(text, '498.300', opts).period).toBe('2023-M06');
    expect(figureAt(text, '97,3', opts).period).toBe('2023-M06');
  });

  it('sums the flows to the date', () => {
    const text = `${lead}Kết quả thu đến ngày 30/6/2023:\n\nChỉ tiêu | Kế hoạch năm 2023 | Thực hiện\nThu ngân sách nhà nước (tỷ đồng) | 2.400 | 1.310\n`;
    expect(figureAt(text, '1.310', opts).period).toBe('2023-H1');
  });

  it('lets a column that names its months date its cells', () => {
    const text = `${lead}Kết quả thực hiện một số chỉ tiêu đến ngày 30/6/2023:\n\nChỉ tiêu | Kế hoạch năm 2023 | Thực hiện 6 tháng | So với KH (%)\nSản phẩm OCOP được công nhận mới (sản phẩm) | 40 | 18 | 45\n`;
    expect(figureAt(text, '18', opts).period).toBe('2023-H1');
  });
});
