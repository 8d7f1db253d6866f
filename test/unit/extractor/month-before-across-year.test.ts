// "Trong tháng 1/2024, … giảm 7,3% so với tháng 12/2023": the month just before January is last year's December; named
// with its year it is still the period just before, previous_period, as "so với tháng 5/2024" is for June (and "so với
// quý IV/2023" for a first quarter). A month further back, or a whole year, stays a year. Found by holdout83/002.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-02-20' };

describe('the month before across the turn of the year', () => {
  it('is previous_period', () => {
    const text = 'Tỉnh Khánh Hòa\n\nTrong tháng 1/2024, các cảng biển đạt 1,85 triệu tấn hàng hóa thông qua, giảm 7,3% so với tháng 12/2023.\n';
    expect(figureAt(text, '7,3%', opts).base).toBe('previous_period');
  });
  it('leaves an earlier month and a whole year as years', () => {
    const text = 'Tỉnh Khánh Hòa\n\nTrong tháng 1/2024, các cảng biển đạt 1,85 triệu tấn, giảm 7,3% so với tháng 10/2023. Năm 2023, sản lượng đạt 21,4 triệu tấn, tăng 6,2% so với năm 2022.\n';
    expect(figureAt(text, '7,3%', opts).base).not.toBe('previous_period');
    expect(figureAt(text, '6,2%', opts).base).toBe('2022');
  });
});
