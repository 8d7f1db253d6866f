// "Trong 6 tháng cuối năm, phường phấn đấu …; cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,1%": the clause opening on the
// year's end dates its figure by the year; the half's own aim in the clause before stays the half's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a clause opening on the year\'s end', () => {
  it('dates its figure by the year, the clause before stays the half\'s', () => {
    const text = `Phường Nha Trang

Trong 6 tháng cuối năm 2026, phường phấn đấu đón 2,9 triệu lượt khách lưu trú; cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,1%.`;
    expect(figureAt(text, '0,1%').period).toBe('2026');
    expect(figureAt(text, '2,9 triệu').period).toBe('2026-H2');
  });

  it('a clause that names the year\'s end of another year is that year\'s', () => {
    const text = `Phường Nha Trang

Trong 6 tháng cuối năm 2026, phường phấn đấu đón 2,9 triệu lượt khách; cuối năm 2025 tỷ lệ hộ nghèo là 0,3%.`;
    expect(figureAt(text, '0,3%').period).toBe('2025');
  });
});
