// A quarter's or a half's aims often end on where a rate should stand when the year closes: "Những tháng cuối năm, phường
// phấn đấu: thu ngân sách quý IV đạt 100% dự toán; tỷ lệ bao phủ bảo hiểm y tế cuối năm đạt 95%". "cuối năm" after the
// rate's name, right before its verb, dates that figure by the year, not by the quarter the sentence opened on; the
// stretch's own aims stay the stretch's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'phường Long Bình' };

describe('a rate named with "cuối năm" before its verb stands at the year\'s end', () => {
  it('"tỷ lệ bao phủ bảo hiểm y tế cuối năm đạt 95%" in a Q4 list is 2025', () => {
    const text = 'Quý IV, phường phấn đấu: thu ngân sách đạt 100% dự toán trở lên; tỷ lệ bao phủ bảo hiểm y tế cuối năm đạt 95%.';
    expect(figureAt(text, '95%', opts).period).toBe('2025');
  });
  it('"tỷ lệ hộ nghèo cuối năm còn dưới 1%" after "3 tháng cuối năm" is 2025', () => {
    const text = '3 tháng cuối năm, phường tập trung giải ngân vốn; tỷ lệ hộ nghèo cuối năm còn dưới 1%.';
    expect(figureAt(text, '1%', opts).period).toBe('2025');
  });
  it('the half\'s own aim in the same sentence stays the second half\'s', () => {
    const text = '6 tháng cuối năm, phường phấn đấu thu ngân sách đạt 95 tỷ đồng; tỷ lệ hộ nghèo cuối năm còn 2%.';
    const july = { published: '2025-07-08', locality: 'phường Long Bình' };
    expect(figureAt(text, '95 tỷ', july).period).toBe('2025-H2');
    expect(figureAt(text, '2%', july).period).toBe('2025');
  });
});
