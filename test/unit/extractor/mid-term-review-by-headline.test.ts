// What makes a page a mid-term review: its headline ("… sơ kết giữa nhiệm kỳ …") or a lead that opens on "Sau 2,5 năm
// thực hiện Nghị quyết …". A year's review whose lead only says the mid-term review was held that year is not one: its
// "Đến nay," sentences keep the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = '\n\nTỷ lệ hộ nghèo giảm từ 2,1% (cuối năm 2020) xuống còn 0,9% (cuối năm 2022). Đến nay, huyện có 9/12 xã đạt chuẩn nông thôn mới, nhiều xã đang hoàn thiện hồ sơ đề nghị công nhận.';

describe('a mid-term review', () => {
  it('by a lead that opens on "Sau 2,5 năm thực hiện"', () => {
    const text = 'Huyện Tân Trụ: nhiều kết quả quan trọng\n\nSau 2,5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 - 2025, huyện Tân Trụ đạt nhiều kết quả quan trọng trên các lĩnh vực kinh tế, văn hóa, xã hội.' + body;
    expect(figureAt(text, '9/12', { published: '2023-06-20' }).period).toBe('2020/2025');
  });

  it('is not a year review that mentions the mid-term review in its lead', () => {
    const text = 'Huyện Tân Trụ: Năm 2023 đạt 18/21 chỉ tiêu\n\nNgày 15/12, Ban Chấp hành Đảng bộ huyện đánh giá kết quả năm 2023, năm thứ ba thực hiện Nghị quyết nhiệm kỳ 2020 - 2025, cũng là năm huyện tổ chức sơ kết giữa nhiệm kỳ.' + body;
    expect(figureAt(text, '9/12', { published: '2023-12-18' }).period).not.toBe('2020/2025');
  });
});
