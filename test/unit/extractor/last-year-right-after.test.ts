// "bằng 96,1% năm trước": the year before named right after the figure, without "so với", is its base, as "năm 2024"
// there is. The year before's own figure set beside it ("tăng 8,5%, năm trước tăng 7,2%") is no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-06' };

describe('"năm trước" right after a share', () => {
  it('makes it an attainment against the year before', () => {
    const f = figureAt('Sản lượng lương thực năm 2025 đạt 412.600 tấn, bằng 96,1% năm trước.', '96,1%', opts);
    expect([f.kind, f.base, f.period]).toEqual(['attainment', '2024', '2025']);
  });
});

describe('the year before\'s own figure beside this year\'s', () => {
  it('leaves this year\'s change without that base', () => {
    expect(figureAt('GRDP năm 2025 tăng 8,5%, năm trước tăng 7,2%.', '8,5%', opts).base).toBeUndefined();
  });

  it('leaves a level followed by "năm trước là …" without it', () => {
    expect(figureAt('Tỷ lệ hộ nghèo năm 2025 là 2,1% năm trước là 2,9%.', '2,1%', opts).base).toBeUndefined();
  });
});
