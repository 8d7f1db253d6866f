// "HĐND huyện … tổ chức kỳ họp thứ 9 (kỳ họp thường lệ giữa năm 2024) để đánh giá tình hình 6 tháng đầu năm và nhiệm
// vụ 6 tháng cuối năm 2024": the session is named by when in the year it sits; that year frames none of the half-year's
// figures, "hiện có" ones included.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-12', locality: 'huyện Mỏ Cày Bắc' };
const body = '\n\nTheo báo cáo của UBND huyện, 6 tháng đầu năm 2024, tổng giá trị sản xuất ước đạt 5.120 tỷ đồng.\n\n' +
  'Sản xuất nông nghiệp ổn định. Diện tích dừa toàn huyện hiện có 16.200 ha.';

describe('a session named "kỳ họp thường lệ giữa năm 2024"', () => {
  it('does not frame a half-year report', () => {
    const text = 'Mỏ Cày Bắc: Kinh tế 6 tháng đầu năm 2024 tăng trưởng khá\n\nNgày 10-7, HĐND huyện Mỏ Cày Bắc khóa XII, nhiệm kỳ ' +
      '2021 - 2026 tổ chức kỳ họp thứ 9 (kỳ họp thường lệ giữa năm 2024) để đánh giá tình hình 6 tháng đầu năm và nhiệm vụ ' +
      '6 tháng cuối năm 2024.' + body;
    expect(figureAt(text, '16.200 ha', opts).period).toBe('2024-H1');
  });

  it('leaves a lead that names the year plainly', () => {
    const text = 'Mỏ Cày Bắc tổng kết năm 2024\n\nNgày 18-12, HĐND huyện đánh giá kết quả năm 2024.\n\nDiện tích dừa toàn huyện hiện có 16.200 ha.';
    expect(figureAt(text, '16.200 ha', { ...opts, published: '2024-12-20' }).period).toBe('2024');
  });
});
