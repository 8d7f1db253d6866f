// A page about a ranking published a year late is dated by the ranking's year when its head names the ranking with
// that year before any other period ("PAPI 2024: Bình Định tăng 9 bậc", published in spring 2025); a ranking's year
// named inside a page framed by its own period still dates its own sentence only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe("a ranking's year frames a page about that ranking", () => {
  it('the headline names the ranking with its year', () => {
    const text = 'PAPI 2024: Bình Định tăng 9 bậc\n\n(BĐ) - Chiều 15/4, UNDP công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI). Tỉnh Bình Định đạt 44,12 điểm, tăng 1,3 điểm.\n\nỞ nội dung công khai, minh bạch, tỉnh đạt 5,61 điểm.';
    const opts = { published: '2025-04-16' };
    expect(figureAt(text, '44,12 điểm', opts)).toMatchObject({ period: '2024' });
    expect(figureAt(text, '5,61 điểm', opts)).toMatchObject({ period: '2024' });
  });

  it('the lead names the ranking with "năm" before any other period', () => {
    const text = 'Chỉ số PCI của Hà Nam tiếp tục cải thiện\n\nSáng 7/5, VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024. Hà Nam đạt 68,4 điểm, tăng 2 bậc.';
    expect(figureAt(text, '68,4 điểm', { published: '2025-05-08' })).toMatchObject({ period: '2024' });
  });

  it("a year-end report keeps its year; the ranking's year dates its own sentence", () => {
    const text = 'Năm 2024, kinh tế tỉnh tăng trưởng khá\n\nNăm 2024, GRDP của tỉnh ước tăng 7,2%. Chỉ số PCI năm 2023 đạt 66,1 điểm.\n\nThu ngân sách đạt 12.400 tỷ đồng.';
    const opts = { published: '2024-12-20' };
    expect(figureAt(text, '66,1 điểm', opts)).toMatchObject({ period: '2023' });
    expect(figureAt(text, '12.400 tỷ đồng', opts)).toMatchObject({ period: '2024' });
  });
});
