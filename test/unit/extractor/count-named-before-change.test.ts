// "Tổng thu từ du lịch ước đạt 2.200 tỷ đồng. Số chuyến bay tăng 10% so với tuần trước": a change whose own words name
// a count ("Số chuyến bay") the lexicon has no id for measures that count, not the revenue the paragraph spoke of.
// Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2026-02-22' };

describe('"Số …" before a change names what it measures', () => {
  it('"Số chuyến bay tăng 10%" after tourism revenue takes no indicator', () => {
    expectFigure('Tổng thu từ du lịch ước đạt 2.200 tỷ đồng. Số chuyến bay tăng 10% so với tuần trước đó.', '10%', { kind: 'change', indicator: undefined }, pub);
  });
  it('a change with no name of its own still continues the revenue', () => {
    expectFigure('Tổng thu từ du lịch ước đạt 2.200 tỷ đồng, tăng 10% so với cùng kỳ.', '10%', { indicator: 'tourism_revenue' }, pub);
  });
  it('"về số dự án" after the figure before is that figure\'s: the next change keeps the investment', () => {
    const text = 'Vốn đăng ký cấp mới có 1.534 dự án với số vốn đạt 9,03 tỷ USD, tăng 11,6% so với cùng kỳ về số dự án và giảm 7,1% về số vốn đăng ký.';
    expectFigure(text, '7,1%', { indicator: 'fdi', direction: 'down' }, pub);
  });
  it('"tổng số hộ" is the whole of a share, not a count named: the poverty rate\'s fall keeps its indicator', () => {
    const text = 'Đến cuối năm 2024, toàn huyện còn 272 hộ nghèo, chiếm 0,61% tổng số hộ, giảm 0,35 điểm phần trăm so với cuối năm 2023.';
    expectFigure(text, '0,35 điểm phần trăm', { indicator: 'poverty_rate' }, { published: '2025-01-10' });
  });
});
