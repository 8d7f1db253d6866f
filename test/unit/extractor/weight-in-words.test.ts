// "Một số mặt hàng chiếm tỷ trọng lớn và có mức tăng khá, như: …": a weight told in words, with no value, names no sector
// share; the changes listed after it are not shares of the economy.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-08' };

describe('a weight described in words', () => {
  it('gives the changes after it no sector share', () => {
    const text = 'Một số nhóm hàng chiếm tỷ trọng lớn và có mức tăng khá, như: điện tử tăng 12,5%; dệt may tăng 3,5%.';
    expect(figureAt(text, '12,5%', opts).indicator).not.toBe('sector_share');
    expect(figureAt(text, '3,5%', opts).indicator).not.toBe('sector_share');
  });

  it('a weight with its value stays a sector share', () => {
    const text = 'Năm 2023, khu vực dịch vụ chiếm tỷ trọng 42,1% trong cơ cấu kinh tế.';
    expect(figureAt(text, '42,1%', opts).indicator).toBe('sector_share');
  });
});
