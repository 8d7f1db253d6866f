// "Kỳ nghỉ lễ kéo dài 4 ngày (từ 30/8 đến 2/9/2025)": the bracket gives the days of the stretch its length counts, so
// it frames the page; it is not the period of a figure "4 ngày" written before it, as "tăng 18,6% (năm 2023)" would be.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch bracketed after its own length in days', () => {
  it('frames the page, its later paragraphs too', () => {
    const text = 'Kỳ nghỉ lễ Quốc khánh kéo dài 4 ngày (từ 30/8 đến 2/9/2025). Toàn tỉnh đón khoảng 712.000 lượt khách.\n\n' +
      'Khách lưu trú đạt 296.000 lượt.';
    const opts = { published: '2025-09-03' };
    expect(figureAt(text, '712.000', opts).period).toBe('2025-Q3');
    expect(figureAt(text, '296.000', opts).period).toBe('2025-Q3');
  });

  it('still dates a figure written right before its bracket by that bracket only', () => {
    const text = 'Lượng khách đến tỉnh tăng mạnh, riêng dịp lễ tăng 26,4% (từ 30/8 đến 2/9/2025).\n\nKhách lưu trú đạt 296.000 lượt.';
    expect(figureAt(text, '296.000', { published: '2025-09-03' }).period).toBe('2025');
  });
});
