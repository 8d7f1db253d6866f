// Coverage aims name the whole a share is of before their bound: "tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số trở lên"
// is at least 95%, as "đạt 95% trở lên" is. Without "trở lên" the share has no bound.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of the population with its bound after', () => {
  it('reads "X% dân số trở lên" as at least', () => {
    const text = 'Năm 2026, tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số trở lên.';
    expect(figureAt(text, '95%', { published: '2026-01-10' })).toMatchObject({ bound: 'at_least', indicator: 'health_insurance_coverage' });
  });

  it('gives no bound to a share of the population alone', () => {
    const text = 'Năm 2025, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 94,2% dân số, tăng 1,1 điểm phần trăm.';
    expect(figureAt(text, '94,2%', { published: '2026-01-10' }).bound).toBeUndefined();
  });
});
