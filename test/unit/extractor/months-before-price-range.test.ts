// "Giá cà phê bình quân 9 tháng dao động 45.000 - 47.000 đồng/kg": months right before "dao động" are the stretch the
// price ranged over, the period of the price and its change. A length before the months ("sau khoảng 3 tháng dao động")
// does not make the verb date anything it did not before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Đắk Mil năm 2022\n\n';

describe('months before "dao động"', () => {
  it('date the price that ranged over them and its change', () => {
    const text = `${HEAD}Tổng diện tích gieo trồng năm 2022 đạt 41.250 ha. Giá cà phê nhân xô bình quân 9 tháng dao động 45.000 - 47.000 đồng/kg, tăng 5.000 - 6.000 đồng/kg so với cùng kỳ.`;
    expect(figureAt(text, '45.000 - 47.000').period).toBe('2022-9M');
    expect(figureAt(text, '5.000 - 6.000').period).toBe('2022-9M');
  });

  it('leave the year of a price with no months before its verb', () => {
    const text = `${HEAD}Tổng diện tích gieo trồng năm 2022 đạt 41.250 ha. Giá cà phê nhân xô dao động 45.000 - 47.000 đồng/kg.`;
    expect(figureAt(text, '45.000 - 47.000').period).toBe('2022');
  });
});
