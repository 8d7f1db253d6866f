// "Quý II, xã phấn đấu đến cuối quý II giải ngân đạt trên 75% kế hoạch vốn năm 2025": the year after an aimed share
// names the plan the share is of, so the aim stands where the count should be when the quarter closes (the half),
// not at the year's end; a count of the year's targets aimed at within the year is still the year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (aim: string) => `Xã Tân Hòa: quý I thu ngân sách đạt 27% dự toán

Quý I/2025, thu ngân sách trên địa bàn xã Tân Hòa đạt 4,4 tỷ đồng, bằng 27% dự toán năm.

${aim}`;

describe('the plan\'s year after an aimed share', () => {
  it('does not make a quarter\'s aim the year\'s', () => {
    const f = figureAt(page('Quý II, xã phấn đấu đến cuối quý II giải ngân vốn đầu tư công đạt trên 75% kế hoạch vốn năm 2025.'), '75%', { published: '2025-04-08' });
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025-H1');
  });

  it('leaves the year\'s targets aimed at for the rest of it to the year', () => {
    const f = figureAt(page('9 tháng còn lại, xã phấn đấu hoàn thành 18 chỉ tiêu kinh tế - xã hội năm 2025.'), '18 chỉ tiêu', { published: '2025-04-08' });
    expect(f.period).toBe('2025');
  });
});
