// A ward formed on 1 July reports its first six months as the second half; a bare "6 tháng" after that names the same
// half again. Where the text named the first half, or nothing, a bare "6 tháng" stays the first half.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bare "6 tháng" after the second half was named', () => {
  it('dates a later paragraph to the second half the lead named', () => {
    const text = 'Kỳ họp đánh giá kết quả 6 tháng cuối năm 2025 (từ ngày 1/7 đến 31/12/2025) của phường.\n\n' +
      'Thu ngân sách ước đạt 52 tỷ đồng.\n\nTrong 6 tháng, trên địa bàn có 120 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '120 doanh nghiệp').period).toBe('2025-H2');
  });

  it('stays the first half when the first half was named before', () => {
    const text = 'Báo cáo kết quả 6 tháng đầu năm 2025 của tỉnh; nhiệm vụ 6 tháng cuối năm.\n\n' +
      'Trong 6 tháng, trên địa bàn có 120 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '120 doanh nghiệp').period).toBe('2025-H1');
  });

  it('stays the first half when no half was named', () => {
    const text = 'Trong 6 tháng, trên địa bàn tỉnh có 120 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '120 doanh nghiệp', { published: '2025-07-05' }).period).toBe('2025-H1');
  });
});
