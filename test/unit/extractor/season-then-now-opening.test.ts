// "Vụ lúa Đông Xuân 2023 - 2024, … sản lượng …. Đến nay, huyện có 12/14 xã đạt chuẩn nông thôn mới": a sentence that
// opens on the present, later in a paragraph a crop season opened, stands at the report's period, not the season's, as
// "hiện có" there does (season-then-held-now). A season sentence that says "đến nay" inside keeps the season.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"Đến nay," after a season in its paragraph', () => {
  it('is the report\'s period', () => {
    const text = 'Kinh tế - xã hội huyện 6 tháng đầu năm 2024\n\n6 tháng đầu năm 2024, thu ngân sách huyện đạt 182 tỷ đồng.\n\nVụ lúa Đông Xuân 2023 - 2024, huyện thu hoạch 9.420 ha, sản lượng 61.200 tấn. Đến nay, huyện có 12/14 xã đạt chuẩn nông thôn mới.';
    const opts = { published: '2024-07-05' };
    expect(figureAt(text, '61.200 tấn', opts).period).toBe('2023/2024');
    expect(figureAt(text, '12/14', opts).period).toBe('2024-H1');
  });

  it('a season sentence that says "đến nay" inside keeps the season', () => {
    const text = 'Kinh tế - xã hội huyện 6 tháng đầu năm 2024\n\n6 tháng đầu năm 2024, thu ngân sách huyện đạt 182 tỷ đồng.\n\nVụ lúa Đông Xuân 2023 - 2024, huyện xuống giống 9.800 ha, đến nay đã thu hoạch 9.420 ha.';
    expect(figureAt(text, '9.420 ha', { published: '2024-07-05' }).period).toBe('2023/2024');
  });
});
