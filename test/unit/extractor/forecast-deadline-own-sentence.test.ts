// "Về văn hoá - xã hội, trong 9 tháng … Tỷ lệ hộ nghèo dự kiến đến cuối năm giảm còn 3,86%. Tai nạn giao thông xảy ra 21
// vụ …": the year-end a subject's forecast runs to dates that forecast only, not the tallies reported after it in the
// paragraph, which stay the report's nine months. A sentence that opens on the year-end still dates what follows it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-10-06', locality: 'huyện Bình Sơn' };
const head = 'Bình Sơn: Thu ngân sách 9 tháng đạt 118,6% dự toán\n\nChiều 5/10, UBND huyện Bình Sơn đánh giá tình hình kinh tế - xã hội 9 tháng năm 2022.\n\n';

describe('a forecast to the year-end inside a sentence', () => {
  it('dates its own sentence only', () => {
    const text = head + 'Trong 9 tháng, huyện giải quyết việc làm cho 3.260 lao động. Tỷ lệ hộ nghèo dự kiến đến cuối năm giảm còn 3,86%. Tai nạn giao thông xảy ra 21 vụ, làm chết 17 người.';
    expect(figureAt(text, '3,86%', opts).period).toBe('2022');
    expect(figureAt(text, '21 vụ', opts).period).toBe('2022-9M');
    expect(figureAt(text, '17 người', opts).period).toBe('2022-9M');
  });

  it('but the year-end opening a sentence still dates what follows it', () => {
    const text = head + 'Trong 9 tháng, huyện giải quyết việc làm cho 3.260 lao động. Đến cuối năm, tỷ lệ hộ nghèo dự kiến giảm còn 3,86%. Số hộ nghèo còn 1.520 hộ.';
    expect(figureAt(text, '1.520', opts).period).toBe('2022');
  });
});
