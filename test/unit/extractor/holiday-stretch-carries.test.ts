// A holiday's days named in a paragraph ("Trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 16/2/2024), sân
// bay phục vụ …") are the stretch the whole paragraph tells of: its later sentences' flights and passengers are that
// month's (or quarter's, when the days cross a month), not the year's. A month named in passing ("Riêng tháng 10, …") still dates its own sentence only, and a new
// paragraph goes back to the page's frame. Found by holdout83/002 (an airport at Tết).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-02-06' };

describe('a holiday stretch carries through its paragraph', () => {
  it('dates the later sentences of the paragraph by the holiday\'s month', () => {
    const text = 'Tỉnh Quảng Ninh\n\nTrong 7 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 27/1 đến 2/2/2025), cảng Tuần Châu đón 42.300 lượt hành khách. Các tàu du lịch thực hiện 3.860 chuyến, bình quân 550 chuyến mỗi ngày.\n\nNăm 2024, cảng đón 1,2 triệu lượt hành khách.\n';
    expect(figureAt(text, '42.300', opts).period).toBe('2025-Q1');
    expect(figureAt(text, '3.860', opts).period).toBe('2025-Q1');
    expect(figureAt(text, '1,2 triệu', opts).period).toBe('2024');
    const inMonth = 'Tỉnh Khánh Hòa\n\nTrong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ (từ ngày 14/2 đến 22/2/2026), sân bay Cam Ranh phục vụ 112.400 lượt hành khách. Tổng số chuyến bay cất, hạ cánh là 734 chuyến.\n';
    expect(figureAt(inMonth, '734', { published: '2026-02-24' }).period).toBe('2026-M02');
  });
  it('leaves a stretch of days that is no holiday in its sentence', () => {
    const text = 'Tỉnh Quảng Ninh\n\nNăm 2024, cảng Cái Lân đạt 9,6 triệu tấn. Đợt cao điểm từ ngày 5/12 đến 20/12/2024, cảng xếp dỡ 610.000 tấn. Cả năm doanh thu đạt 815 tỷ đồng.\n';
    expect(figureAt(text, '610.000 tấn', opts).period).toBe('2024-M12');
    expect(figureAt(text, '815 tỷ đồng', opts).period).toBe('2024');
  });
});
