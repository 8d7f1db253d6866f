// A district's article that says "toàn tỉnh" without ever naming its province ("Vụ này, toàn tỉnh gieo cấy 25.000 ha
// lúa"): the figure is the province's, and the gazetteer knows which province the district lies in. Found reading
// real district crop reports.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Tuy An: năng suất lúa đông xuân giảm\n\nNông dân huyện Tuy An đã thu hoạch xong toàn bộ 2.872 ha lúa vụ đông xuân, năng suất bình quân đạt 61,1 tạ/ha. Vụ này, toàn tỉnh gieo cấy 25.000 ha lúa, năng suất bình quân 65 tạ/ha.';

describe('"toàn tỉnh" in a district article that names no province', () => {
  it('is the province the district lies in', () => {
    expect(figureAt(text, '25.000').locality).toBe('tỉnh Phú Yên');
  });
  it('the district\'s own figures stay the district\'s', () => {
    expect(figureAt(text, '61,1').locality).toBe('huyện Tuy An');
  });
  it('a province named in the text still wins', () => {
    const named = text.replace('toàn tỉnh gieo cấy', 'toàn tỉnh Phú Yên gieo cấy');
    expect(figureAt(named, '25.000').locality).toBe('tỉnh Phú Yên');
  });
  it('a passing "tỉnh giao" names no province', () => {
    const plan = 'Tuy An: năng suất lúa đông xuân giảm\n\nNông dân huyện Tuy An đã thu hoạch xong 2.872 ha lúa, đạt 98% kế hoạch tỉnh giao.';
    expect(figureAt(plan, '98%').locality).toBe('huyện Tuy An');
  });
});
