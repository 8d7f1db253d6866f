// A storm's toll on power lines and boats is counted in the noun as written: "1.126 cột điện trung, hạ thế bị gãy",
// "1.166 tàu thuyền bị chìm". A pole's height is no count of poles.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-09-10' };

describe('counted nouns of a storm toll', () => {
  it('power poles and boats', () => {
    const text = 'Thiệt hại do bão\n\nBão làm 846 cột điện hạ thế bị gãy, đổ; 312 tàu thuyền bị chìm, hư hỏng.';
    expect(figureAt(text, '846', OPTS)).toMatchObject({ value: 846, unit: 'cột điện' });
    expect(figureAt(text, '312', OPTS)).toMatchObject({ value: 312, unit: 'tàu thuyền' });
  });

  it('a pole numbered in a line name is no count', () => {
    const text = 'Sự cố lưới điện\n\nSự cố xảy ra tại cột điện số 12 của đường dây 22 kV.';
    expect(figuresIn(text, OPTS)).toEqual([]);
  });
});
