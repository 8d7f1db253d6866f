// Reports write the months they sum in words as often as in digits ("Tám tháng năm 2025, …"); a spelled count after
// "sau" that runs on into an activity is still a length of time.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('months of a report written in words', () => {
  it('eight months spelled out date the sentence to the first eight months of the year', () => {
    const text = 'Tám tháng năm 2025, toàn tỉnh đưa 2.140 lao động đi làm việc ở nước ngoài, đạt 71,3% kế hoạch năm.';
    expect(figureAt(text, '2.140').period).toBe('2025-8M');
    expect(figureAt(text, '71,3%').period).toBe('2025-8M');
  });

  it('ten months spelled out work as "10 tháng"', () => {
    const text = 'Mười tháng năm 2024, thu ngân sách trên địa bàn đạt 6.210 tỷ đồng.';
    expect(figureAt(text, '6.210 tỷ đồng').period).toBe('2024-10M');
  });

  it('seven months after a project started are how long it ran, not the months of the year', () => {
    const text = 'Năm 2025, sau bảy tháng triển khai dự án, xã hỗ trợ 120 hộ nuôi bò.';
    expect(figureAt(text, '120').period).toBe('2025');
  });
});
