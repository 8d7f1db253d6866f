// Congress reports review a term, then give rates per year: "Nhiệm kỳ 2020-2025, … giá trị sản xuất tăng bình quân
// 5%/năm"; "ghi nhận những kết quả đạt được trong nhiệm kỳ qua. … Tổng giá trị sản xuất tăng 10,86%/năm". A rate per
// year after the paragraph spoke of a term is that term's: the one named, or the one just run after "nhiệm kỳ qua".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-10' };

describe('a rate per year in a review of a term', () => {
  it('is the term named earlier in the paragraph', () => {
    const text = 'Phường được thành lập trên cơ sở sáp nhập hai xã. Nhiệm kỳ 2020-2025, kinh tế của phường phát triển khá. Trong đó, tiểu thủ công nghiệp có giá trị sản xuất tăng bình quân 6%/năm.';
    expect(figureAt(text, '6%', opts).period).toBe('2020/2025');
  });

  it('is the term just run after "nhiệm kỳ qua" at the congress of the next', () => {
    const text = 'Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.\n\nĐại hội ghi nhận những kết quả đạt được trong nhiệm kỳ qua. Tổng giá trị sản xuất tăng 9,4%/năm; thu nhập bình quân đầu người đạt 72 triệu đồng.';
    expect(figureAt(text, '9,4%', opts).period).toBe('2020/2025');
  });

  it('a rate per year in a paragraph that names no term keeps its year', () => {
    const text = 'Năm 2025, xã đặt mục tiêu phát triển kinh tế nhanh.\n\nGiá trị sản xuất nông nghiệp tăng 4,2%/năm.';
    expect(figureAt(text, '4,2%', opts).period).not.toBe('2020/2025');
  });
});
