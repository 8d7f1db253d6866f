// "Tỷ lệ bao phủ bảo hiểm y tế đạt 96,4%. Phường có 24/26 tổ dân phố đạt chuẩn văn hóa, chiếm 92,3%": a share closing the
// clause of a count that measures nothing named is that count's share, not a rate carried from the sentence before.
// A share after a count that measures something keeps that measure ("5.120 hộ nghèo (chiếm 1,9%)").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-22' };
const before = 'Tỷ lệ bao phủ bảo hiểm y tế đạt 96,4%. ';

describe('a share of a count that measures nothing named', () => {
  it('takes no carried measure', () => {
    expect(figureAt(before + 'Phường có 24/26 tổ dân phố đạt chuẩn văn hóa, chiếm 92,3%.', '92,3%', opts).indicator).toBeUndefined();
    expect(figureAt(before + 'Phường có 24 tổ dân phố đạt chuẩn văn hóa (chiếm 92,3%).', '92,3%', opts).indicator).toBeUndefined();
  });

  it('a share of a measured count keeps its measure', () => {
    expect(figureAt(before + 'Toàn phường còn 52 hộ nghèo (chiếm 0,4%).', '0,4%', opts).indicator).toBe('poverty_rate');
  });
});
