// "Năm 2025, xã phấn đấu giảm tỷ lệ hộ cận nghèo còn 2,8%": the verb moves the rate it names, and "còn" after the name
// gives the level the rate falls to — a level, direction down, as "giảm tỷ lệ … xuống còn" is. A "còn" after an
// amount the rate fell by ("giảm tỷ lệ … 0,6%, còn 3,1%") or with no fall before it stays a plain level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('"giảm tỷ lệ … còn X%"', () => {
  it('is the level the rate falls to', () => {
    const f = figureAt('Năm 2025, xã phấn đấu giảm tỷ lệ hộ cận nghèo còn 2,8%.', '2,8%', opts);
    expect([f.kind, f.direction]).toEqual(['level', 'down']);
    const under = figureAt('Năm 2025, xã phấn đấu giảm tỷ lệ trẻ em suy dinh dưỡng còn dưới 9%.', '9%', opts);
    expect([under.kind, under.direction, under.bound]).toEqual(['level', 'down', 'under']);
  });

  it('leaves a level after the amount fallen, or with no fall, without a direction', () => {
    expect(figureAt('Năm 2024, xã giảm tỷ lệ hộ cận nghèo 0,6%, còn 3,1%.', '3,1%', opts).direction).toBeUndefined();
    expect(figureAt('Năm 2024, tỷ lệ hộ cận nghèo của xã còn 3,1%.', '3,1%', opts).direction).toBeUndefined();
  });
});
