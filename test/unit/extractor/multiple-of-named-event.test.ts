// "rét hại đã làm chết 347 con trâu, bò, gấp 2,5 lần đợt rét cuối tháng 12/2023": a multiple of an earlier event named
// by a few words and its month or year is measured against it; the month dates neither the tally nor the page (as
// "gấp 1,5 lần năm 2020" and "gấp 1,8 lần tháng 8" already did not). Found by holdout82/006.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-25' };

describe('a multiple of an earlier event named with its month', () => {
  it('the event\'s month dates no figure', () => {
    const text = 'Rét hại làm chết 347 con gia súc\n\nĐợt rét từ ngày 22/1 đã làm chết 347 con trâu, bò trên địa bàn tỉnh, gấp 2,5 lần đợt rét cuối tháng 12/2023.\n\n' +
      'Toàn tỉnh có 420 ha lúa bị hại.';
    expect(figureAt(text, '420 ha', opts).period).toBe('2024');
  });
  it('nor does the year of an earlier flood', () => {
    const text = 'Lũ lụt gây thiệt hại lớn\n\nMưa lũ làm 3.200 nhà bị ngập, gấp 1,6 lần trận lũ lịch sử năm 2020.\n\nToàn tỉnh có 1.150 ha lúa bị ngập.';
    expect(figureAt(text, '1.150 ha', { published: '2023-10-20' }).period).toBe('2023');
  });
  it('a stretch named after the multiple with "trong" still dates', () => {
    const text = 'Sản lượng tăng mạnh\n\nSản lượng tăng gấp 2 lần trong năm 2023, đạt 12.000 tấn.';
    expect(figureAt(text, '12.000 tấn', { published: '2024-01-25' }).period).toBe('2023');
  });
});
