// In a mid-term review ("Sơ kết giữa nhiệm kỳ …"), a count of the resolution's targets whose sentence names no period
// ("Theo báo cáo, 4 chỉ tiêu dự báo khó đạt gồm: …") is the running term's, whatever stretch an earlier paragraph named;
// in a year's review the same words keep the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const para = '\n\nTăng trưởng kinh tế giai đoạn 2021 - 2022 bình quân 6,1%/năm.\n\nTheo báo cáo, 4 chỉ tiêu dự báo khó đạt gồm tỷ lệ đô thị hóa, thu ngân sách, số xã nông thôn mới nâng cao và lao động qua đào tạo.';

describe('a count of targets', () => {
  it('in a mid-term review is the running term', () => {
    const text = 'Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện Châu Thành\n\nNgày 20/6, Huyện ủy Châu Thành tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025.' + para;
    expect(figureAt(text, '4 chỉ tiêu', { published: '2023-06-22' }).period).toBe('2020/2025');
  });

  it('in a year review keeps the year', () => {
    const text = 'Huyện Châu Thành tổng kết năm 2023\n\nNgày 15/12, Huyện ủy Châu Thành đánh giá kết quả thực hiện Nghị quyết năm 2023, năm thứ ba của nhiệm kỳ 2020 - 2025.' + para;
    expect(figureAt(text, '4 chỉ tiêu', { published: '2023-12-18' }).period).not.toBe('2020/2025');
  });
});
