// "ngành hàng xoài ước đạt 2.600 tỉ đồng, tăng trưởng 12%": a bare "tăng trưởng" right after an amount is that amount's
// growth. When the amount measures nothing the lexicon names (a product's value), its growth has no id either; it is
// never the economy's growth. After a named amount the growth is that amount's, as before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-16' };

describe('"tăng trưởng X%" right after an amount', () => {
  it('after a product\'s value is no GRDP growth', () => {
    const text = 'Năm 2024, ngành hàng xoài của tỉnh ước đạt 2.600 tỉ đồng, tăng trưởng 12%.';
    expect(figureAt(text, '12%', opts).indicator).toBeUndefined();
  });

  it('after a named amount is that amount\'s growth', () => {
    const text = 'Năm 2024, kim ngạch xuất khẩu rau quả ước đạt 1,7 tỉ USD, tăng trưởng 44,6% so cùng kỳ.';
    expect(figureAt(text, '44,6%', opts).indicator).toBe('export_value');
  });

  it('"tăng trưởng kinh tế đạt 6%" on its own is still the GRDP growth', () => {
    expect(figureAt('Năm 2024, tăng trưởng kinh tế của tỉnh đạt 6%.', '6%', opts).indicator).toBe('grdp_growth');
  });
});
