// "Tỷ lệ hộ nghèo cuối năm dự kiến giảm còn 0,5%" in a nine-month report: the year's end, with the estimate after it,
// is what the year is expected to close on (2025), as "dự kiến cuối năm giảm còn …" is; the months reported stay the
// period of a figure with no year end before it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };
const lead = 'Theo báo cáo, 9 tháng năm 2025, toàn tỉnh giải quyết việc làm cho 52.300 lao động. ';

describe('a year end before an estimate', () => {
  it('dates the level the year closes on', () => {
    expect(figureAt(lead + 'Tỷ lệ hộ nghèo cuối năm dự kiến giảm còn 0,5%.', '0,5%', opts).period).toBe('2025');
    expect(figureAt(lead + 'Tỷ lệ bao phủ bảo hiểm y tế cuối năm ước đạt 95,1%.', '95,1%', opts).period).toBe('2025');
  });

  it('a level with no year end keeps the months', () => {
    expect(figureAt(lead + 'Tỷ lệ hộ nghèo dự kiến giảm còn 0,6%.', '0,6%', opts).period).toBe('2025-9M');
  });
});
