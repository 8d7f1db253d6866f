// "dưa hấu Long An giảm còn 12.000 đồng/kg" in a Cần Thơ market story: goods named for where they come from do not
// move the figure to that province; the province named as a place still does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thành phố Cần Thơ', published: '2025-01-22' };

describe('goods named for their origin', () => {
  it('"dưa hấu Long An" keeps the article\'s place', () => {
    const f = figureAt('Giá rau củ tăng nhẹ, riêng dưa hấu Long An giảm còn 12.000 đồng/kg vì nguồn cung dồi dào.', '12.000', opts);
    expect(f.locality).toBe('thành phố Cần Thơ');
  });

  it('"tỉnh Long An" named as a place owns its figure', () => {
    const f = figureAt('Giá rau củ tăng nhẹ, riêng tại tỉnh Long An giá dưa hấu giảm còn 12.000 đồng/kg.', '12.000', opts);
    expect(f.locality).toBe('tỉnh Long An');
  });
});
