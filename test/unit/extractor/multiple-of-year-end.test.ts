// A multiple of a stock at a year's end, named right after it ("số thuê bao 5G đạt 312.000, gấp 2,6 lần cuối năm 2025"),
// is measured against that year, as "so với cuối năm 2025" is. A multiple with nothing after it keeps no base, and a
// year's end opening the next clause after another kind of figure is not read as its base. Found by holdout83/006.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-20' };

describe('a multiple of a year-end stock', () => {
  it('has that year as its base', () => {
    const text = 'Tỉnh Bắc Ninh\n\nĐến cuối tháng 6/2025, dư nợ cho vay nhà ở xã hội đạt 4.800 tỷ đồng, gấp 1,9 lần cuối năm 2024.\n';
    const multiple = figureAt(text, '1,9 lần', opts);
    expect([multiple.kind, multiple.direction, multiple.base]).toEqual(['change', 'up', '2024']);
  });
  it('leaves a bare multiple without a base', () => {
    const text = 'Tỉnh Bắc Ninh\n\n6 tháng đầu năm 2025, dư nợ cho vay nhà ở xã hội đạt 4.800 tỷ đồng, tăng gấp 1,9 lần.\n';
    expect(figureAt(text, '1,9 lần', opts).base).toBeUndefined();
  });
});
