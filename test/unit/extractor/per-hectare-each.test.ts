// "mỗi ha chè cổ thụ cho thu nhập 80 - 100 triệu đồng/năm", "mỗi hécta cà phê cho lãi 250 triệu đồng": money after "mỗi ha"
// (no "1" written) is per hectare, not the income per head its "thu nhập" would otherwise say; money with no hectare
// before it keeps its own reading.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money after "mỗi ha"', () => {
  it('is per hectare and per year when written so', () => {
    const f = figureAt('Năm 2025, mỗi ha chè cổ thụ ở xã cho thu nhập 80 - 100 triệu đồng/năm.', '80 - 100');
    expect([f.unit, f.indicator]).toEqual(['VND/ha/năm', undefined]);
    expect(figureAt('Bình quân mỗi hécta cà phê cho lãi 250 triệu đồng.', '250 triệu đồng').unit).toBe('VND/ha');
  });

  it('income per head without a hectare stays per head', () => {
    const f = figureAt('Năm 2025, thu nhập bình quân đầu người của xã đạt 62 triệu đồng/năm.', '62 triệu đồng');
    expect([f.unit, f.indicator]).toEqual(['VND/người/năm', 'income_per_capita']);
  });
});
