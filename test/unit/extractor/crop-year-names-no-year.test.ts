// A crop or school year ("niên vụ 2021 - 2022") spans two years and names neither, so months named without a year
// later in the paragraph ("Trong 9 tháng, …") take the report's year, not the crop year's first. A plain year named
// before them still gives them its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Đắk Mil năm 2022\n\n';

describe('a crop year gives no year to months named without one', () => {
  it('months after a crop year take the report\'s year', () => {
    const text = `${HEAD}Sản lượng cà phê nhân niên vụ 2021 - 2022 đạt 62.400 tấn. Trong 9 tháng, giá cà phê dao động 45.000 - 47.000 đồng/kg.`;
    expect(figureAt(text, '45.000 - 47.000').period).toBe('2022-9M');
  });

  it('months after a plain year named in the paragraph take that year', () => {
    const text = `${HEAD}Năm 2021, sản lượng cà phê đạt 62.400 tấn. Trong 9 tháng, giá cà phê dao động 45.000 - 47.000 đồng/kg.`;
    expect(figureAt(text, '45.000 - 47.000').period).toBe('2021-9M');
  });
});
