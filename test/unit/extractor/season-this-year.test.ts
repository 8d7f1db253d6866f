// "vụ Hè Thu năm nay" after a page dated by "vụ Đông Xuân 2023 - 2024" is this year's Hè Thu, not the Đông Xuân crop
// year: "năm nay" after a season takes the season the text already dated only when that mention names the same season.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-22' };

describe('"vụ … năm nay"', () => {
  it('after another season\'s crop year is this year\'s season', () => {
    const text = 'Nông dân đã thu hoạch xong lúa vụ Đông Xuân 2023 - 2024, năng suất 7,4 tấn/ha.\n\nKế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 215.000 ha.';
    expect(figureAt(text, '215.000 ha', opts).period).toBe('2024');
  });

  it('after the same season\'s crop year is that crop year', () => {
    const text = 'Vụ Đông Xuân 2023 - 2024, toàn tỉnh xuống giống 230.000 ha.\n\nVụ Đông Xuân năm nay, năng suất bình quân đạt 7,4 tấn/ha.';
    expect(figureAt(text, '7,4 tấn/ha', opts).period).toBe('2023/2024');
  });
});
