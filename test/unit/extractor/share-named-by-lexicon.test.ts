// "Tỷ trọng lao động qua đào tạo chiếm 82%" is the trained share of the workforce: when the words after "tỷ trọng" name
// an indicator of their own, the figure is that indicator's, not a sector's share of the economy; "tỷ trọng lao động
// nông nghiệp" and "tỷ trọng công nghiệp" still are the economy's structure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-26' };

describe('"tỷ trọng" opening a named indicator', () => {
  it('gives that indicator', () => {
    expect(figureAt('Năm 2025, tỷ trọng lao động qua đào tạo của phường chiếm 82%.', '82%', opts).indicator).toBe('trained_labour_rate');
  });

  it('a sector after "tỷ trọng" stays a sector share', () => {
    expect(figureAt('Năm 2025, tỷ trọng công nghiệp - xây dựng chiếm 46,2%.', '46,2%', opts).indicator).toBe('sector_share');
  });
});
