// A yardstick rate followed at once by its whole ("thấp hơn mức 94,7% toàn tỉnh") is the province's, though the sentence
// speaks of a district; the district's own rate before it stays the district's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-12-07' };

describe('a yardstick rate belongs to the whole named after it', () => {
  it('"mức 94,7% toàn tỉnh" is the province\'s', () => {
    const text = 'Tỉnh Hòa Bình tổng kết năm 2022. Đại biểu ở huyện Đà Bắc cho biết tỷ lệ tham gia BHYT của huyện chỉ đạt 89,2%, thấp hơn mức 94,7% toàn tỉnh.';
    expect(figureAt(text, '89,2%', opts).locality).toBe('huyện Đà Bắc');
    expect(figureAt(text, '94,7%', opts).locality).toBe('tỉnh Hòa Bình');
  });

  it('a rate with no yardstick word keeps the sentence\'s place', () => {
    const text = 'Tỉnh Hòa Bình tổng kết năm 2022. Tại huyện Đà Bắc, tỷ lệ hộ nghèo giảm còn 21,4%, toàn tỉnh có 14 xã đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '21,4%', opts).locality).toBe('huyện Đà Bắc');
  });
});
