// A rank ("xếp thứ 32/63.") makes the country a yardstick only in its own sentence: "Trên cả nước, …" opening the next
// sentence is the country speaking of itself. In the rank's sentence the country is still a yardstick.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-05-09' };

describe('a rank ends with its sentence', () => {
  it('the country that opens the next sentence owns its figures', () => {
    const text = 'PCI 2023\n\nNăm 2023, tỉnh Bình Thuận đạt 64,9 điểm, xếp thứ 35/63. Trên cả nước, điểm trung vị PCI 2023 là 65,14 điểm.';
    expect(figureAt(text, '65,14 điểm', OPTS)).toMatchObject({ locality: 'cả nước' });
  });

  it('in its own sentence the country stays a yardstick', () => {
    const text = 'PCI 2023\n\nNăm 2023, tỉnh Bình Thuận đạt 64,9 điểm, xếp thứ 35/63 trên cả nước, tăng 3 bậc.';
    expect(figureAt(text, '3 bậc', OPTS)).toMatchObject({ locality: 'tỉnh Bình Thuận' });
  });
});
