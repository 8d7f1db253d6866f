// "giải ngân …, đạt 84,4% kế hoạch, cao hơn cùng kỳ năm 2023 (82,1%)": the bracket after the same stretch of an earlier
// year is that stretch's share of its own plan, an attainment like the share it is compared with.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-11-05' };

describe('a bracket after the same stretch of an earlier year', () => {
  it('is an attainment after an attainment', () => {
    const text = 'Đến ngày 31/10/2024, tỉnh giải ngân 2.940 tỷ đồng, đạt 63,8% kế hoạch, thấp hơn cùng kỳ năm 2023 (66,2%).';
    const f = figureAt(text, '66,2%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('stays a level after a level', () => {
    const text = 'Tỷ lệ hộ nghèo còn 2,4%, thấp hơn cùng kỳ năm 2023 (3,1%).';
    expect(figureAt(text, '3,1%', opts).kind).toBe('level');
  });
});
