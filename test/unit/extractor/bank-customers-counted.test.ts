// A bank's borrowers are counted as customers, the noun written whole ("cho 2.340 khách hàng", "lượt khách hàng"), not
// cut to "khách", which counts visitors.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('bank customers counted whole', () => {
  it('customers and turns of customers keep their noun', () => {
    const text = 'Năm 2024, Agribank chi nhánh tỉnh giải ngân 640 tỷ đồng cho 2.340 khách hàng; cho vay 18.200 lượt khách hàng.';
    expect(figureAt(text, '2.340', { published: '2025-01-10' }).unit).toBe('khách hàng');
    expect(figureAt(text, '18.200', { published: '2025-01-10' }).unit).toBe('lượt khách hàng');
  });

  it('visitors stay visitors', () => {
    const text = 'Năm 2024, khu du lịch đón 52.000 lượt khách, trong đó 4.100 khách quốc tế.';
    expect(figureAt(text, '52.000', { published: '2025-01-10' }).unit).toBe('lượt khách');
    expect(figureAt(text, '4.100', { published: '2025-01-10' }).unit).toBe('khách');
  });
});
