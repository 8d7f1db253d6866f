// A holiday report framed by its days ("từ 30/8 đến 2/9/2025") may open a paragraph with "Năm nay, …" to say which
// year's holiday it is: the later paragraphs keep the holiday's period. Without such a frame "Năm nay," dates the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"Năm nay" under a holiday\'s frame', () => {
  it('the paragraphs after "Năm nay, kỳ nghỉ lễ trùng dịp …" keep the holiday\'s quarter', () => {
    const text = 'Trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025), thành phố đón khoảng 182.400 lượt khách.\n\n' +
      'Năm nay, kỳ nghỉ lễ trùng dịp kỷ niệm Quốc khánh nên nhiều hoạt động văn hóa được tổ chức.\n\n' +
      'Khu di tích đón 61.800 lượt khách tham quan.';
    expect(figureAt(text, '61.800', { published: '2025-09-03' }).period).toBe('2025-Q3');
  });

  it('"Năm nay," opening a paragraph of a text with no such frame dates the year', () => {
    const text = 'Ngành du lịch tiếp tục phục hồi.\n\nNăm nay, thành phố đón 4,1 triệu lượt khách.';
    expect(figureAt(text, '4,1 triệu', { published: '2025-09-03' }).period).toBe('2025');
  }, );
});
