// A stock compared with the end of a year ("nợ đọng … tăng 12,5% so với thời điểm 31/12/2024"): the year is the change's
// base, and the date is not the change's own period (it is no deadline): the change stands where the stock does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change against the end of a year', () => {
  const text = 'Đến ngày 30/6/2025, tổng số nợ đọng bảo hiểm xã hội là 86,4 tỷ đồng, tăng 12,5% so với thời điểm 31/12/2024.';

  it('takes the year as its base and the stock\'s date as its period', () => {
    const f = figureAt(text, '12,5%', { published: '2025-07-10' });
    expect([f.kind, f.base, f.period]).toEqual(['change', '2024', '2025-M06']);
  });

  it('still reads a date right after a target as its deadline', () => {
    const t = 'Huyện phấn đấu quý II thu ngân sách tăng 10%, giải ngân vốn đầu tư công đạt trên 40% trước ngày 30/6/2025.';
    expect(figureAt(t, '40%', { published: '2025-04-10' }).period).toBe('2025-H1');
  });
});
