// Under a term's heading, a year named in a paragraph ("riêng năm 2024 đạt …") dates what follows it, until a later
// sentence speaks of the running term again ("Tổng vốn đầu tư cả nhiệm kỳ …"): the sentences after that are the term's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-10-12' };
const lead = 'Sáng 12/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 đã bế mạc sau ba ngày làm việc, thông qua Nghị quyết Đại hội và bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.';
const page = (paragraph: string) => `Đại hội Đảng bộ tỉnh lần thứ XVIII thành công tốt đẹp\n\n${lead}\n\nNhiệm kỳ 2020 - 2025: kinh tế tăng trưởng khá\n\n${paragraph}\n`;

describe('the running term named again after a year', () => {
  it('a sentence after "cả nhiệm kỳ" is the term\'s, not the year named before', () => {
    const text = page('Thu ngân sách 5 năm đạt 61.300 tỷ đồng; riêng năm 2024 đạt 14.800 tỷ đồng. Tổng vốn đầu tư toàn xã hội cả nhiệm kỳ ước đạt 212.000 tỷ đồng. Toàn tỉnh thu hút 27 dự án FDI với tổng vốn đăng ký 1,4 tỷ USD.');
    expect(figureAt(text, '27 dự án', pub).period).toBe('2020/2025');
    expect(figureAt(text, '1,4 tỷ USD', pub).period).toBe('2020/2025');
  });

  it('the year named still dates the sentence right after it when no term sentence stands between', () => {
    const text = page('Thu ngân sách 5 năm đạt 61.300 tỷ đồng; riêng năm 2024 đạt 14.800 tỷ đồng. Toàn tỉnh thu hút 27 dự án FDI với tổng vốn đăng ký 1,4 tỷ USD.');
    expect(figureAt(text, '27 dự án', pub).period).toBe('2024');
  });
});
