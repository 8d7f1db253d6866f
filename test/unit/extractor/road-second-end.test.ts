// "Dự án đường cao tốc Hòa Bình - Mộc Châu (đoạn qua tỉnh Sơn La) … đã giải ngân …": the road is named for the places
// it joins, even when its first end is an everyday word the gazetteer does not take for a place ("Hòa Bình").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the second end of a road named for two places', () => {
  it('gives the road\'s figures no place of its own', () => {
    const text = 'Tỉnh Sơn La giải ngân vốn đầu tư công đạt 31%. Dự án đường cao tốc Hòa Bình - Mộc Châu đã giải ngân 402 tỷ đồng.';
    expect(figureAt(text, '402 tỷ đồng').locality).toBe('tỉnh Sơn La');
  });

  it('leaves a district named after a dash in a list of places', () => {
    const text = 'Tỉnh Sơn La giải ngân vốn đầu tư công đạt 31%. Các huyện Yên Châu - Mộc Châu giải ngân 120 tỷ đồng.';
    expect(figureAt(text, '120 tỷ đồng').locality).toBe('huyện Mộc Châu');
  });
});
