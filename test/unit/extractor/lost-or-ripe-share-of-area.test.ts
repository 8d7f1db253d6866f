// Damage and harvest reports class an area by how much of its crop is lost or ripe: "trong đó 1.250 ha bị thiệt hại
// trên 70%", "thu hoạch ngay diện tích lúa đã chín trên 85%". The bound-led percentage names the class of the area
// counted; the area is the figure. A loss in money or hectares after the same words is still a figure.
// Found by holdout21/003 (flood damage); holdout17/003 reports the same class.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-10-02' };

describe('a share lost or ripe after an area', () => {
  it('is no figure; the area before it is', () => {
    const text = 'Về nông nghiệp, 4.186 ha lúa bị ngập, trong đó 1.250 ha bị thiệt hại trên 70%.';
    expectNoFigureAt(text, '70%', opts);
    expectFigure(text, '1.250 ha', { kind: 'level', unit: 'ha' }, opts);
    expectNoFigureAt('Ngành nông nghiệp khuyến cáo thu hoạch ngay diện tích lúa đã chín trên 85%, tránh lũ.', '85%', opts);
  });
  it('hectares or money after "thiệt hại trên" are still figures', () => {
    expectFigure('Diện tích lúa bị thiệt hại trên 1.200 ha.', '1.200 ha', { unit: 'ha', bound: 'over' }, opts);
    expectFigure('Tổng giá trị thiệt hại trên 70 tỷ đồng.', '70 tỷ đồng', { unit: 'VND', bound: 'over' }, opts);
  });
});
