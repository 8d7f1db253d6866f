// "… trình báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 …" then "Tổng thu
// ngân sách … 5 năm ước đạt 98.500 tỷ đồng, tăng bình quân 8,7%/năm": the yearly averages and five-year sums of a plan's
// five years that the lead reviews are that stretch's. A lead that only names the plan, reviewing nothing, leaves them to
// the year of the page.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };
const page = (lead: string) => `Gia Lai: Kinh tế tăng trưởng khá\n\n${lead}\n\n` +
  'Trong 23 chỉ tiêu chủ yếu của kế hoạch, có 19 chỉ tiêu đạt và vượt.\n\n' +
  'Tổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt 98.500 tỷ đồng, tăng bình quân 8,7%/năm.\n';

describe('a plan\'s five years that the lead reviews', () => {
  it('dates the yearly averages and the five-year sums', () => {
    const text = page('Sáng 12/12, UBND tỉnh trình báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 và phương hướng, nhiệm vụ 5 năm 2026 - 2030.');
    expect(figureAt(text, '8,7%', opts).period).toBe('2021/2025');
    expect(figureAt(text, '98.500', opts).period).toBe('2021/2025');
  });

  it('dates the count of the plan\'s targets', () => {
    const text = page('Sáng 12/12, UBND tỉnh trình báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.');
    expect(figureAt(text, '23 chỉ tiêu', opts).period).toBe('2021/2025');
  });

  it('leaves them to the year when the lead reviews no stretch', () => {
    const text = page('Sáng 12/12, HĐND tỉnh khai mạc kỳ họp cuối năm 2025, xem xét dự thảo kế hoạch 5 năm 2026 - 2030.');
    expect(figureAt(text, '8,7%', opts).period).toBe('2025');
  });
});
