// "Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2022", "… đánh giá tình hình kinh tế - xã hội tháng 11, 11 tháng
// và triển khai nhiệm vụ tháng 12" (a city portal's monthly report): the months after the month a report is of are the
// year's running total to that month. Its figures with no period of their own are those months' (11M); the month's
// number before them is no figure the year could date. A different count of months after a month is a length of time.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-03' };

describe('a month, then as many months', () => {
  it('frames the report by the months elapsed, from the headline', () => {
    const text = 'Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2024\n\nThu ngân sách trên địa bàn đạt 1.250 tỷ đồng, bằng 78% dự toán năm.';
    expect(figureAt(text, '1.250 tỷ đồng', OPTS).period).toBe('2024-9M');
  });

  it('heads a list from the lead that names them', () => {
    const text = 'Họp thường kỳ UBND huyện\n\nChiều 2/10, UBND huyện họp đánh giá tình hình kinh tế - xã hội tháng 9, 9 tháng và triển khai nhiệm vụ tháng 10 năm 2024. Kết quả như sau:\n\n- Giải quyết việc làm cho 2.350 lao động, đạt 88% kế hoạch năm.';
    expect(figureAt(text, '2.350 lao động', OPTS).period).toBe('2024-9M');
  });
});

describe('a month, then another count of months', () => {
  it('is a length of time, no stretch of the year', () => {
    const text = 'Cam Hàm Yên\n\nTháng 9/2024, 3 tháng sau lũ, huyện thu hoạch 520 tấn cam.';
    expect(figureAt(text, '520 tấn', OPTS).period).toBe('2024-M09');
  });
});
