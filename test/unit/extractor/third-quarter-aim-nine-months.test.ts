// "Quý III, xã phấn đấu thu ngân sách lũy kế đạt trên 75% dự toán năm" (a half-year report): the third quarter's aim for
// the share of the year's plan stands at the quarter's close, nine months, as the second quarter's stands at the half;
// an aim against the quarter's own plan stays the quarter's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (aim: string) => `Xã Tân Hòa: 6 tháng thu ngân sách đạt 52% dự toán

6 tháng đầu năm 2025, thu ngân sách trên địa bàn xã Tân Hòa đạt 8,4 tỷ đồng, bằng 52% dự toán năm.

${aim}`;

describe('a third quarter\'s aim against the year\'s plan', () => {
  it('stands at nine months', () => {
    const f = figureAt(page('Quý III, xã phấn đấu thu ngân sách lũy kế đạt trên 75% dự toán năm.'), '75%', { published: '2025-07-08' });
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025-9M');
  });

  it('an aim against the quarter\'s own plan stays the quarter\'s', () => {
    const f = figureAt(page('Quý III, xã phấn đấu thu ngân sách đạt 100% kế hoạch quý.'), '100%', { published: '2025-07-08' });
    expect(f.period).toBe('2025-Q3');
  });
});
