// "Giá lúa … cao hơn vụ Đông Xuân 2022 - 2023 khoảng 1.500 đồng/kg": a season compared without "so với", named with the two
// years it spans, is the same season a year earlier, as "cao hơn vụ Mùa năm trước" is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-22' };

describe('a season compared by its crop year', () => {
  it('"cao hơn vụ Đông Xuân 2022 - 2023 khoảng …" is the same period', () => {
    const text = 'Vụ Đông Xuân 2023 - 2024, giá lúa tươi 7.900 đồng/kg, cao hơn vụ Đông Xuân 2022 - 2023 khoảng 1.300 đồng/kg.';
    expect(figureAt(text, '1.300 đồng/kg', opts).base).toBe('same_period');
  });

  it('a comparison with nothing named keeps no base', () => {
    const text = 'Vụ Đông Xuân 2023 - 2024, giá lúa tươi 7.900 đồng/kg, cao hơn giá thành khoảng 3.900 đồng/kg.';
    expect(figureAt(text, '3.900 đồng/kg', opts).base).toBeUndefined();
  });
});
