// "Đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng đạt trên 50%", "khu vực dịch vụ tăng 8,1%, đóng góp 47,3%
// vào mức tăng chung": national and provincial statistics write what each part contributes to growth as a share of
// the growth. That share is not the growth rate itself. Pattern from real statistics-office pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-06' };

describe('a contribution to growth is no growth rate', () => {
  it('"Đóng góp của … vào tăng trưởng đạt X%"', () => {
    expectFigure('Đóng góp của vốn đầu tư vào tăng trưởng kinh tế đạt khoảng 48%.', '48%', { indicator: undefined }, pub);
  });
  it('"tốc độ tăng năng suất lao động" is no GRDP growth', () => {
    expectFigure('Tốc độ tăng trưởng năng suất lao động bình quân đạt 6,2%/năm.', '6,2%', { indicator: undefined }, pub);
  });
});

describe('what stays the growth rate', () => {
  it('growth named with no contribution', () => {
    expectFigure('Tốc độ tăng trưởng kinh tế của tỉnh ước đạt 8,2%.', '8,2%', { indicator: 'grdp_growth' }, pub);
  });
  it('growth before a clause on contributions keeps its own name', () => {
    expectFigure('Tăng trưởng GRDP đạt 8,4%, trong đó công nghiệp đóng góp 3,1 điểm phần trăm.', '8,4%', { indicator: 'grdp_growth' }, pub);
  });
});
