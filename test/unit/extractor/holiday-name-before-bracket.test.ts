// "Trong 4 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 30/4 đến 3/5/2026), …": the holiday's own name ends on a date, and the
// bracket after it gives the days of the holiday, not the period of a figure "1/5" (a ratio's look) written before
// it. The stretch frames the page as "Trong 4 ngày nghỉ lễ (từ ngày 30/4 …)" does. Found by holdout82/007.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-05-04' };

describe('a holiday named by its days before the bracket of its stretch', () => {
  it('the stretch frames the lead and the later paragraphs', () => {
    const text = 'Tai nạn giao thông giảm dịp lễ\n\nTrong 5 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 30/4 đến 4/5/2026), toàn tỉnh xảy ra 6 vụ tai nạn giao thông, làm chết 3 người.\n\n' +
      'Về du lịch, các khu điểm đón khoảng 240.000 lượt khách.';
    expect(figureAt(text, '6 vụ', opts).period).toBe('2026-Q2');
    expect(figureAt(text, '240.000', opts).period).toBe('2026-Q2');
  });
  it('so does the day of Quốc khánh', () => {
    const text = 'Khách du lịch tăng dịp lễ\n\nDịp lễ Quốc khánh 2/9 (từ ngày 30/8 đến 2/9/2025), thành phố đón 182.000 lượt khách.\n\nCông suất phòng đạt 78%.';
    expect(figureAt(text, '78%', { published: '2025-09-03' }).period).toBe('2025-Q3');
  });
  it('a bracket after a ratio still dates that ratio only', () => {
    const text = 'Huyện có 12/14 xã (năm 2024) đạt chuẩn nông thôn mới.\n\nGiá trị sản xuất tăng 4,1%.';
    expect(figureAt(text, '4,1%', { published: '2025-03-03' }).period).toBe('2025');
  });
});
