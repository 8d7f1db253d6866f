// "Năm 2025, thu nhập bình quân đầu người tăng từ 52 triệu đồng (năm 2020) lên 78 triệu đồng", "số doanh nghiệp tăng từ
// 120 doanh nghiệp năm 2020 lên 210 doanh nghiệp": the year after the level a move started from dates that level only,
// whatever words its unit takes ("triệu đồng", "doanh nghiệp"), as after "%" it already did; the level reached keeps
// the sentence's period. A base year after a change still dates nothing.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-12-16', locality: 'xã Mỹ Hòa Hưng' };

describe('a year after the level a move started from', () => {
  it('dates that level only, whatever its unit\'s words', () => {
    const money = 'Năm 2025, thu nhập bình quân đầu người của xã tăng từ 52 triệu đồng (năm 2020) lên 78 triệu đồng.';
    expectFigure(money, '52 triệu đồng', { period: '2020' }, opts);
    expectFigure(money, '78 triệu đồng', { period: '2025', direction: 'up' }, opts);
    const count = 'Năm 2025, số doanh nghiệp trên địa bàn tăng từ 120 doanh nghiệp năm 2020 lên 210 doanh nghiệp.';
    expectFigure(count, '120', { period: '2020' }, opts);
    expectFigure(count, '210', { period: '2025' }, opts);
  });

  it('leaves a base year and a percentage start as they were', () => {
    expectFigure('Năm 2025, thu nhập bình quân đầu người đạt 78 triệu đồng, tăng 26 triệu đồng so với năm 2020.', '26 triệu đồng', { period: '2025', base: '2020' }, opts);
    expectFigure('Năm 2025, tỷ lệ hộ nghèo giảm từ 3,2% (năm 2020) xuống còn 0,48%.', '0,48%', { period: '2025' }, opts);
  });
});
