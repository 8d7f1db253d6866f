// "lấy nước khi độ mặn dưới 1‰", "nếu giá lúa trên 8.000 đồng/kg": a bound inside a condition names a threshold, not
// a result; the same bound stating what happened is still a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a bound inside a "khi"/"nếu" condition', () => {
  it('"khi độ mặn dưới 1‰" is a threshold', () => {
    expectNoFigureAt('Ngành nông nghiệp hướng dẫn nông dân lấy nước khi độ mặn dưới 1‰ để bảo vệ lúa.', '1‰');
  });

  it('"nếu giá lúa trên 8.000 đồng/kg" is a threshold', () => {
    expectNoFigureAt('Nông dân chỉ có lãi nếu giá lúa trên 8.000 đồng/kg.', '8.000');
  });

  it('a bound stating a result is still a figure', () => {
    const f = figureAt('Tại cửa sông Cái Lớn, độ mặn cao nhất đo được là trên 18,6‰.', '18,6‰');
    expect([f.value, f.bound]).toEqual([18.6, 'over']);
  });
});
