// "Tỷ lệ hộ nghèo giảm từ 3,45% (cuối năm 2022) xuống còn 2,38%" in a paragraph about 2023: the bracket dates the
// level the fall started from, not the level reached nor the sentences after. After the level reached ("còn 0,76%
// (cuối năm 2024). Toàn xã có …") the same bracket is the time the paragraph speaks of and carries on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-05' };

describe('a bracketed end of year after the starting level of a move dates that level only', () => {
  const text = 'Năm 2023, huyện Đông Hải đạt và vượt 15/18 chỉ tiêu Nghị quyết. Tỷ lệ hộ nghèo giảm từ 3,45% (cuối năm 2022) xuống còn 2,38%, nhưng vẫn cao. Huyện giải quyết việc làm cho 2.150 lao động.';
  it('the starting level takes the bracket\'s year', () => {
    expect(figureAt(text, '3,45%', opts).period).toBe('2022');
  });
  it('the level reached and the next sentence keep the paragraph\'s year', () => {
    expect(figureAt(text, '2,38%', opts).period).toBe('2023');
    expect(figureAt(text, '2.150', opts).period).toBe('2023');
  });
  it('after the level reached, the bracket carries to the next sentence', () => {
    const after = 'Năm 2025, xã tổng kết nhiệm kỳ. Tỷ lệ hộ nghèo giảm từ 3,85% (năm 2020) xuống còn 0,76% (cuối năm 2024). Toàn xã có 37 sản phẩm đạt chuẩn OCOP.';
    expect(figureAt(after, '37 sản phẩm', { published: '2025-06-10' }).period).toBe('2024');
  });
});
