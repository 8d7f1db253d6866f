// "tốc độ tăng trưởng kinh tế 9 tháng của tỉnh ước tăng 11,66%", "kim ngạch xuất khẩu 7 tháng của doanh nghiệp FDI":
// the months a report sums, followed by whose figure it is. They date the figure like "9 tháng đạt …". An age ("trẻ
// dưới 6 tháng của tỉnh") stays no period. Pattern from a real provincial statistics roundup.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-10' };

describe('"N tháng của tỉnh/doanh nghiệp …" dates the figure', () => {
  it('the province\'s growth over nine months', () => {
    expectFigure('Tốc độ tăng trưởng kinh tế 9 tháng của tỉnh ước tăng 8,1%.', '8,1%', { period: '2025-9M' }, pub);
  });
  it('the exports of a group of enterprises over seven months', () => {
    expectFigure('Kim ngạch xuất khẩu 7 tháng của doanh nghiệp FDI ước đạt 2,4 tỷ USD.', '2,4 tỷ USD', { period: '2025-7M' }, pub);
  });
});

describe('what is no period', () => {
  it('an age of children', () => {
    expectFigure('Tỷ lệ trẻ dưới 6 tháng của tỉnh được bú mẹ hoàn toàn đạt 45%.', '45%', { period: '2025' }, pub);
  });
});
