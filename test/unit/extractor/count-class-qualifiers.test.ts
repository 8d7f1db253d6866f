// A measure that sorts counted things into a class ("tàu có chiều dài từ 15 m trở lên") is part of what is counted,
// not a figure; the count before it still is. Found by holdout17 (001, Hà Tĩnh's fishing fleet).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-10' };

describe('the size class inside a count', () => {
  it('boats counted by their length class: the length is no figure, the counts are', () => {
    const text = 'Toàn tỉnh có 4.012 tàu cá, trong đó 112 tàu có chiều dài từ 15 m trở lên; 100% tàu cá từ 15 m trở lên đã lắp thiết bị giám sát.';
    expectNoFigureAt(text, '15 m trở lên;', opts);
    expectNoFigureAt(text, '15 m trở lên đã', opts);
    expect(figureAt(text, '112', opts).value).toBe(112);
    expect(figureAt(text, '100%', opts).value).toBe(100);
  });

  it('plants counted by their capacity after "có công suất" are a class too', () => {
    expectNoFigureAt('Tỉnh có 6 nhà máy điện mặt trời có công suất trên 50 MW đã vận hành.', '50 MW', opts);
  });

  it('a bound measure that is a result stays a figure', () => {
    // A yield the counted hectares reached, a harvest after a comma, and an open-ended measure with no count before it.
    expect(figureAt('Có 1.200 ha lúa đạt năng suất từ 7 tấn/ha trở lên.', '7 tấn/ha', opts).bound).toBe('at_least');
    expect(figureAt('Vụ này thu hoạch 1.200 ha, sản lượng trên 8.400 tấn.', '8.400 tấn', opts).bound).toBe('over');
    expect(figureAt('Sản lượng khai thác hải sản đạt từ 80.000 tấn trở lên.', '80.000 tấn', opts).bound).toBe('at_least');
  });
});
