// "Phường …: 11/19 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm 2026" over a lead "Kết quả thực hiện 19 chỉ tiêu chủ yếu
// năm 2026: …": the year after the targets' name says whose targets they are, as a plan's year does; the half-year the
// head names still frames the report, so a later paragraph's "hiện có" stock is the half-year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-08' };
const head = 'Phường An Phú: 11/19 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm 2026\n\nSáng 7/7, HĐND phường An Phú khóa I tổ chức kỳ họp thứ bảy (kỳ họp thường lệ giữa năm 2026). Kết quả thực hiện 19 chỉ tiêu chủ yếu năm 2026: 11 chỉ tiêu đạt và vượt tiến độ, 8 chỉ tiêu chưa đạt.\n\n';

describe('a targets year in the lead', () => {
  it('does not frame the half-year report', () => {
    const text = head + 'Theo báo cáo của UBND phường, sáu tháng đầu năm 2026, thu ngân sách đạt 846 tỷ đồng.\n\nTrên địa bàn phường hiện có 2.860 doanh nghiệp đang hoạt động.';
    expect(figureAt(text, '2.860', opts).period).toBe('2026-H1');
  });

  it('a year report still takes the year', () => {
    const text = 'Phường An Phú: 17/19 chỉ tiêu năm 2025 đạt và vượt\n\nSáng 17/12, HĐND phường tổ chức kỳ họp cuối năm. Năm 2025, phường thu ngân sách 1.846 tỷ đồng.\n\nTrên địa bàn phường hiện có 2.860 doanh nghiệp đang hoạt động.';
    expect(figureAt(text, '2.860', { published: '2025-12-18' }).period).toBe('2025');
  });
});
