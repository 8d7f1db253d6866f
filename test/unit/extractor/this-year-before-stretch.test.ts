// "Kỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày (từ 30/8 đến 2/9/2025)": "năm nay" names the year the holiday falls in,
// whose days the sentence then gives. The stretch frames the page; "năm nay" alone, with no stretch after it in its
// sentence, still names the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"năm nay" before a holiday stretch in its sentence', () => {
  it('leaves the frame to the stretch', () => {
    const text = 'Kỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày (từ 30/8 đến 2/9/2025). Toàn tỉnh đón khoảng 712.000 lượt khách.\n\n' +
      'Khách lưu trú đạt 296.000 lượt.';
    const opts = { published: '2025-09-03' };
    expect(figureAt(text, '712.000', opts).period).toBe('2025-Q3');
    expect(figureAt(text, '296.000', opts).period).toBe('2025-Q3');
  });

  it('still names the year when the stretch is in a later sentence', () => {
    const text = 'Năm nay, tỉnh đón 9,8 triệu lượt khách. Dịp lễ (từ 30/8 đến 2/9/2025) thu hút đông khách.\n\n' +
      'Khách lưu trú đạt 296.000 lượt.';
    expect(figureAt(text, '9,8 triệu', { published: '2025-09-03' }).period).toBe('2025');
  });
});
