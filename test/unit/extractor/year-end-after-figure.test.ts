// "6 tháng cuối năm huyện phấn đấu thu ngân sách đạt 245 tỷ đồng; giảm tỷ lệ hộ nghèo xuống còn 1,5% vào cuối năm": the
// year's end named right after a figure is when it is to stand, the year's, not the half-year the sentence opened on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-12' };

describe('a year end right after the figure', () => {
  it('dates the figure by the year', () => {
    const text = '6 tháng cuối năm, huyện phấn đấu thu ngân sách đạt 245 tỷ đồng trở lên; giảm tỷ lệ hộ nghèo xuống còn 1,5% vào cuối năm.';
    expect(figureAt(text, '1,5%', opts).period).toBe('2024');
    expect(figureAt(text, '245 tỷ đồng', opts).period).toBe('2024-H2');
  });

  it('a figure with no year end after it keeps the half year', () => {
    const text = '6 tháng cuối năm, huyện phấn đấu giảm tỷ lệ hộ nghèo thêm 0,3 điểm phần trăm, giải quyết việc làm cho 1.200 lao động.';
    expect(figureAt(text, '1.200', opts).period).toBe('2024-H2');
  });
});
