// "Tỷ lệ hộ nghèo từ 4,05% năm 2021 giảm còn 1,62% năm 2025": a year written right after the level a move starts from
// dates that level when the verb of the move follows it ("giảm còn", "tăng lên"), as it does before "xuống còn". A year
// after a figure that runs on into other words ("… 4,05% năm 2021 theo chuẩn cũ …") is left to the sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-02-10' };
const page = (sentence: string) => `Hà Tĩnh tổng kết nhiệm kỳ\n\nChiều 10/2, HĐND tỉnh tổ chức kỳ họp tổng kết nhiệm kỳ 2021 - 2026.\n\n${sentence}\n`;

describe('a year after the starting level, before the verb of the move', () => {
  it('dates the starting level', () => {
    expect(figureAt(page('Tỷ lệ hộ nghèo từ 4,05% năm 2021 giảm còn 1,62% năm 2025.'), '4,05%', opts).period).toBe('2021');
    expect(figureAt(page('Thu nhập bình quân đầu người từ 38 triệu đồng năm 2020 tăng lên 62 triệu đồng năm 2025.'), '38 triệu', opts).period).toBe('2020');
  });

  it('keeps the level reached in its own year', () => {
    expect(figureAt(page('Tỷ lệ hộ nghèo từ 4,05% năm 2021 giảm còn 1,62% năm 2025.'), '1,62%', opts).period).toBe('2025');
  });
});
