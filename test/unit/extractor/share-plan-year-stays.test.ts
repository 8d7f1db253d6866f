// A half's aims name the year of the capital plan a share is of ("giải ngân 100% kế hoạch vốn đầu tư công năm 2024")
// in one clause; the next clauses ("hoàn thành 3 xã …; kết nạp 160 đảng viên") are still the half's aims, not the
// year's. A year that opens or frames the sentence itself ("Năm 2024, … ; …") still dates every clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-06', locality: 'huyện Lạng Giang' };

describe('the year of a plan a share is of dates no later clause', () => {
  it('the clauses after "giải ngân 100% kế hoạch vốn đầu tư công năm 2024;" stay the second half\'s', () => {
    const text = '6 tháng cuối năm, huyện phấn đấu thu ngân sách đạt 150 tỷ đồng, giải ngân 100% kế hoạch vốn đầu tư công năm 2024; hoàn thành 2 xã đạt chuẩn nông thôn mới nâng cao; kết nạp 120 đảng viên.';
    expect(figureAt(text, '2 xã', opts).period).toBe('2024-H2');
    expect(figureAt(text, '120 đảng viên', opts).period).toBe('2024-H2');
  });
  it('a year opening the sentence still dates its later clauses', () => {
    const text = 'Năm 2024, huyện phấn đấu giải ngân 100% kế hoạch vốn đầu tư công; hoàn thành 2 xã đạt chuẩn nông thôn mới nâng cao.';
    expect(figureAt(text, '2 xã', opts).period).toBe('2024');
  });
});
