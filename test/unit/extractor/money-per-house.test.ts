// Housing grants are priced by the house: "9 hộ xây mới (80 triệu đồng/nhà)", "30 triệu đồng/ngôi nhà sửa chữa", as
// they already were by "căn". The unit is the money per house, not a sum of money.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money per house', () => {
  it('keeps the house as the denominator', () => {
    expect(figureAt('Có 12 hộ xây mới (70 triệu đồng/nhà), 4 hộ sửa chữa.', '70 triệu đồng').unit).toBe('VND/nhà');
    expect(figureAt('Mức hỗ trợ 35 triệu đồng/ngôi nhà sửa chữa.', '35 triệu đồng').unit).toBe('VND/ngôi nhà');
  });

  it('a sum for the houses is still money', () => {
    expect(figureAt('Tổng kinh phí hỗ trợ làm nhà là 3,2 tỷ đồng.', '3,2 tỷ đồng').unit).toBe('VND');
  });
});
