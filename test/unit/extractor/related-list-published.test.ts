// Statistics offices and department portals close a page with "Tin đã đăng:" (or "Bài đã đăng", "Tin bài khác") over
// earlier releases' titles; "Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,21%" there is another page's figure. Found by
// holdout33.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-10-30', locality: 'tỉnh Bình Dương' };

describe('"Tin đã đăng" lists', () => {
  it('the titles under "Tin đã đăng:" hold no figure', () => {
    const text = 'Kim ngạch xuất khẩu 10 tháng đạt 28,94 tỷ USD.\n\nCục Thống kê tỉnh Bình Dương\n\nTin đã đăng:\n' +
      '- Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,21% (30/9/2024)\n- Tình hình kinh tế - xã hội tháng 9 (30/9/2024)';
    expectNoFigureAt(text, '0,21%', opts);
    expect(figureAt(text, '28,94 tỷ USD', opts).value).toBe(28.94e9);
  });

  it('prose that cites an earlier item ("Theo tin đã đăng, …") keeps its figures', () => {
    expect(figureAt('Theo tin đã đăng, năm 2024 tỉnh đón 1,2 triệu lượt khách du lịch.', '1,2 triệu', opts).value).toBe(1_200_000);
  });
});
