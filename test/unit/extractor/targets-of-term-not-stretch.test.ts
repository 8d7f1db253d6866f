import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers';

// A mid-term review counts the running term's targets ("Trong 24 chỉ tiêu của Nghị quyết, … khó đạt vào cuối nhiệm
// kỳ"): a stretch summed in an earlier sentence ("giai đoạn 2021 - 2022") does not date the count.
const lead = 'Ngày 20/7, Huyện ủy Hương Khê tổ chức hội nghị giữa nhiệm kỳ, đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.\n\n';
const at = (text: string, needle: string) => figureAt(lead + text, needle, { published: '2023-07-21' });

describe('targets-of-term-not-stretch', () => {
  it('dates the count of targets by the running term', () => {
    const text = 'Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2022 đạt 4.120 tỷ đồng.\n\nTrong 24 chỉ tiêu chủ yếu của Nghị quyết, có 11 chỉ tiêu đã đạt, 7 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ.';
    expect(at(text, '11 chỉ tiêu').period).toBe('2020/2025');
    expect(at(text, '4.120 tỷ').period).toBe('2021/2022');
  });
  it('keeps a stretch named in the count\'s own sentence', () => {
    const text = 'Giai đoạn 2021 - 2022, có 11 chỉ tiêu của Nghị quyết đạt kế hoạch năm.';
    expect(at(text, '11 chỉ tiêu').period).toBe('2021/2022');
  });
});
