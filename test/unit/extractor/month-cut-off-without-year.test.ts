// "Toàn tỉnh có 120/150 xã đạt chuẩn (tính đến hết tháng 6)": a cut-off month written without its year is the month of the
// year the page came out in, and frames the report as "đến hết tháng 6/2024" would, wherever the words sit (a bracket, a
// running total). A month the page had not reached yet is last year's; a month reached by a plain "đến" is no cut-off.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Xây dựng nông thôn mới chuyển biến rõ nét\n\n';
const JULY = { published: '2024-07-10' };

describe('a cut-off month without its year', () => {
  it('dates the lead and later paragraphs by the year of publication, also from a bracket', () => {
    const text = `${HEAD}Toàn tỉnh có 96/120 xã đạt chuẩn nông thôn mới (tính đến hết tháng 6).\n\nTỷ lệ hộ nghèo của tỉnh giảm còn 2,4%.`;
    expect(figureAt(text, '96/120', JULY).period).toBe('2024-M06');
    expect(figureAt(text, '2,4%', JULY).period).toBe('2024-M06');
  });

  it('sums a running total to that month, as the dated form does', () => {
    const text = `${HEAD}Lũy kế đến hết tháng 6, thu ngân sách trên địa bàn đạt 2.860 tỷ đồng.`;
    expect(figureAt(text, '2.860 tỷ', JULY).period).toBe('2024-H1');
  });

  it('takes the year before for a month the page had not reached', () => {
    const text = `${HEAD}Tính đến cuối tháng 11, toàn tỉnh có 96/120 xã đạt chuẩn nông thôn mới.`;
    expect(figureAt(text, '96/120', { published: '2024-02-03' }).period).toBe('2023-M11');
  });

  it('leaves a month reached by a plain "đến" undated, and invents no year without a publication date', () => {
    const reach = `${HEAD}Toàn tỉnh có 96/120 xã đạt chuẩn nông thôn mới, mùa khô dự kiến kéo dài đến tháng 6 (năm nay).\n\nTỷ lệ hộ nghèo giảm còn 2,4%.`;
    expect(figureAt(reach, '2,4%', JULY).period).toBe('2024');
    const undated = `${HEAD}Toàn tỉnh có 96/120 xã đạt chuẩn nông thôn mới (tính đến hết tháng 6).`;
    expect(figureAt(undated, '96/120').period).toBeUndefined();
  });
});
