// Transport work is printed as the load times the distance carried, "tấn.km", "lượt khách.km": a measure of its own,
// not the tonnes or the passengers it is written with. A dot that ends a sentence after a unit joins nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('tonne-km and passenger-km', () => {
  it('reads the freight and passenger work as their own units', () => {
    const text = 'Hàng hóa luân chuyển ước đạt 1.186,5 triệu tấn.km, hành khách luân chuyển 352,4 triệu lượt khách.km.';
    const freight = figureAt(text, '1.186,5');
    expect([freight.text, freight.unit, freight.value]).toEqual(['1.186,5 triệu tấn.km', 'tấn.km', 1186.5e6]);
    expect(figureAt(text, '352,4').unit).toBe('lượt khách.km');
  });

  it('keeps tonnes when the sentence ends after them', () => {
    const text = 'Hàng hóa vận chuyển ước đạt 14,26 triệu tấn.Kim ngạch xuất khẩu tăng.';
    expect(figureAt(text, '14,26').unit).toBe('tấn');
  });
});
