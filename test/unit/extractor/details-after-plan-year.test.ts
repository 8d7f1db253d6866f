// "… có 28/41 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra. Cụ thể, thu ngân sách …": a sentence that details the one
// before goes on in that one's period, but the year of the plan it was measured against is no such period: the
// details are the half year's, as the count is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Huyện sơ kết 6 tháng\n\nChiều 18/6, huyện tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025.\n\n';

describe('details after a count measured against a year\'s plan', () => {
  it('are dated by the stretch, not the plan\'s year', () => {
    const text = `${lead}6 tháng đầu năm, huyện có 25/38 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra. Cụ thể, thu ngân sách trên địa bàn đạt 812,4 tỷ đồng.`;
    expect(figureAt(text, '812,4 tỷ đồng', { published: '2025-06-20' }).period).toBe('2025-H1');
  });

  it('details of a month singled out keep that month', () => {
    const text = `${lead}IIP tháng 5 ước tăng 6,4% so với cùng kỳ. Trong đó, ngành chế biến, chế tạo tăng 5,9%.`;
    expect(figureAt(text, '5,9%', { published: '2025-06-20' }).period).toBe('2025-M05');
  });
});
