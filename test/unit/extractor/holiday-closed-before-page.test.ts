// A holiday's stretch of days across two months dates its page to the quarter that holds it. When the page comes out
// after the holiday but before that quarter ends (a May report on the 30/4 - 1/5 holiday), the stretch is already
// over: it frames the page like any period behind it. A stretch that has not closed yet is still ahead of the page.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday stretch that closed before the page, inside a quarter still running', () => {
  it('frames the page after the May holiday, in later paragraphs too', () => {
    const text = 'Trong 4 ngày nghỉ lễ, từ ngày 30/4 đến hết ngày 3/5/2026, tỉnh ước đón 411.800 lượt khách.\n\n' +
      'Các cơ sở lưu trú tại trung tâm đạt công suất 92%, khách quốc tế đạt 46.300 lượt.';
    const opts = { published: '2026-05-04' };
    expect(figureAt(text, '411.800', opts).period).toBe('2026-Q2');
    expect(figureAt(text, '46.300', opts).period).toBe('2026-Q2');
  });

  it('frames a police tally of the Tết stretch published early in February', () => {
    const text = 'Từ ngày 22/1 đến hết ngày 2/2/2025, trên địa bàn thành phố xảy ra 6 vụ tai nạn giao thông.\n\n' +
      'Lực lượng chức năng xử lý 3.862 trường hợp vi phạm.';
    expect(figureAt(text, '3.862', { published: '2025-02-03' }).period).toBe('2025-Q1');
  });

  it('does not frame the page before the holiday has closed', () => {
    const text = 'Dịp nghỉ lễ từ ngày 30/4 đến hết ngày 3/5/2026, tỉnh dự kiến đón 400.000 lượt khách.\n\n' +
      'Các cơ sở lưu trú trên địa bàn đã nhận đặt 17.500 phòng.';
    expect(figureAt(text, '17.500', { published: '2026-04-28' }).period).not.toBe('2026-Q2');
  });
});
