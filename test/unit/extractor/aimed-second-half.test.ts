// A mid-year page may open on what the rest of the year must bring ("6 tháng cuối năm phải tăng trưởng trên 7%") and
// then report the first half, summing it as a bare "6 tháng". A second half still to come when the page appeared is a
// target, not the half being reported: the bare "6 tháng" stays the first half. A second half already run (a ward
// formed on 1 July reporting in December) is still the half a bare "6 tháng" names again.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a second half still to come', () => {
  it('leaves a bare "6 tháng" as the first half', () => {
    const text = 'Kỳ họp giữa năm: 6 tháng cuối năm phải tăng thu ngân sách trên 15%\n\n' +
      'Sáng 10/7, HĐND tỉnh khai mạc kỳ họp. Kinh tế 6 tháng đầu năm ước tăng 6,1% so với cùng kỳ.\n\n' +
      'Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 4.210 tỷ đồng, bằng 51,3% dự toán.';
    expect(figureAt(text, '4.210 tỷ đồng', { published: '2026-07-11' }).period).toBe('2026-H1');
  });
});

describe('a second half already run', () => {
  it('is the half a bare "6 tháng" names again', () => {
    const text = 'Phường Tân An tổng kết 6 tháng cuối năm 2025 sau sắp xếp\n\n' +
      'Kỳ họp đánh giá kết quả 6 tháng cuối năm 2025 (từ ngày 1/7 đến 31/12/2025) của phường.\n\n' +
      'Trong 6 tháng, thu ngân sách trên địa bàn đạt 38 tỷ đồng.';
    expect(figureAt(text, '38 tỷ đồng', { published: '2025-12-20' }).period).toBe('2025-H2');
  });
});
