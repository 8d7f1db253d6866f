// Two provinces have a district called Phước Long (huyện Phước Long of Bạc Liêu, thị xã Phước Long of Bình Phước).
// Named bare in a roundup, the name means the one in the province the text was just speaking of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const roundup = (district: string) => `Các địa phương về đích Nghị quyết\n\nNăm 2023, ${district} đạt 16/19 chỉ tiêu Nghị quyết. Phước Long đạt 20/22 chỉ tiêu Nghị quyết.`;

describe('a bare district name two provinces share is the one in the province spoken of', () => {
  it('after a Bạc Liêu district, "Phước Long" is huyện Phước Long', () => {
    expect(figureAt(roundup('huyện Hồng Dân'), '20/22').locality).toBe('huyện Phước Long');
  });
  it('after a Bình Phước district, "Phước Long" is thị xã Phước Long', () => {
    expect(figureAt(roundup('huyện Bù Gia Mập'), '20/22').locality).toBe('thị xã Phước Long');
  });
});
