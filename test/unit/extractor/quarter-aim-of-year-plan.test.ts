// "Quý II, phường phấn đấu đến hết quý II lũy kế thu ngân sách đạt trên 55% dự toán năm" (a ward's first-quarter
// report): a quarter's aim for the share of the year's plan reached is where the count should stand when the quarter
// closes, the months elapsed: the second quarter's is the first half. A share of the quarter's own plan stays the
// quarter's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a quarter\'s aim against the year\'s plan', () => {
  it('stands at the quarter\'s close', () => {
    const text = 'Kinh tế quý I\n\nQuý I/2026, xã thu ngân sách đạt 12,4 tỷ đồng.\n\nQuý II, xã phấn đấu thu ngân sách lũy kế đạt trên 50% dự toán năm.';
    expect(figureAt(text, '50%', { published: '2026-04-03' }).period).toBe('2026-H1');
  });
});

describe('a quarter\'s aim against its own plan', () => {
  it('stays the quarter\'s', () => {
    const text = 'Kinh tế quý I\n\nQuý I/2026, xã thu ngân sách đạt 12,4 tỷ đồng.\n\nQuý II, xã phấn đấu thu ngân sách đạt 100% kế hoạch quý.';
    expect(figureAt(text, '100%', { published: '2026-04-03' }).period).toBe('2026-Q2');
  });
});
