// "Trong nhiệm kỳ qua, …. Thu nhập bình quân đầu người năm 2025 đạt 51,2 triệu đồng. Thu ngân sách hằng năm đều vượt
// chỉ tiêu, đạt 246% kế hoạch": in a paragraph that reviews the term just run, one year named in an earlier sentence
// holds no yearly figure: the yearly figure is the term's. In a paragraph that speaks of no term, the year still dates
// the sentences after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a yearly figure after one year named in a term review', () => {
  it('is the term\'s', () => {
    const text = `Đại hội Đảng bộ xã Tân Lộc lần thứ I

Sáng 12/8, Đảng bộ xã Tân Lộc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Báo cáo chính trị nêu rõ: Trong nhiệm kỳ qua, kinh tế của xã tăng trưởng khá. Thu nhập bình quân đầu người năm 2025 đạt 58 triệu đồng. Hằng năm kết nạp 36 đảng viên mới.`;
    const f = figureAt(text, '36 đảng viên', { published: '2025-08-13' });
    expect(f.period).toBe('2020/2025');
    expect(figureAt(text, '58 triệu đồng', { published: '2025-08-13' }).period).toBe('2025');
  });

  it('in a paragraph that reviews no term, the year named before still dates it', () => {
    const text = `Xã Tân Lộc tổng kết năm 2025

Ngày 30/12, UBND xã Tân Lộc tổ chức hội nghị tổng kết. Năm 2025, thu nhập bình quân đầu người đạt 58 triệu đồng. Hằng năm, xã tổ chức 4 phiên giao dịch việc làm, giải quyết việc làm cho 640 lao động.`;
    expect(figureAt(text, '640', { published: '2025-12-31' }).period).toBe('2025');
  });
});
