// "Quý III, thị xã phấn đấu …; thu ngân sách đến hết tháng 9 đạt trên 75% dự toán" on a page of July: the month an aim
// runs to is still ahead, so it is this year's (not last year's, as a past cut-off beyond the page's month would be),
// and a flow summed to its end is the months elapsed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-07-06' };
const page = (sentence: string) => `Thị xã Bình Long: 6 tháng thu ngân sách đạt 52% dự toán

6 tháng đầu năm 2023, thu ngân sách trên địa bàn thị xã đạt 52% dự toán, tăng 4% so với cùng kỳ.

${sentence}`;

describe('an aim that runs to the end of a month still ahead', () => {
  it('is this year\'s months elapsed for a flow', () => {
    const f = figureAt(page('Quý III, thị xã phấn đấu giải quyết việc làm cho 600 lao động; thu ngân sách đến hết tháng 9 đạt trên 75% dự toán.'), '75%', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2023-9M');
  });

  it('leaves a past cut-off beyond the page\'s month last year\'s', () => {
    const text = `Thị xã Bình Long: tổng kết năm 2022

Tính đến hết tháng 12, thu ngân sách trên địa bàn thị xã đạt 312 tỷ đồng, bằng 104% dự toán.`;
    expect(figureAt(text, '312 tỷ', { published: '2023-01-10' }).period).toBe('2022');
  });
});
