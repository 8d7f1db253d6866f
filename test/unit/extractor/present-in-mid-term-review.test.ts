// A mid-term review ("Sơ kết giữa nhiệm kỳ …", "Sau 2,5 năm thực hiện Nghị quyết …, nhiệm kỳ 2020 - 2025") reports what
// the running term has achieved so far: a sentence that opens "Đến nay," is the term's, not the year a sentence before
// it in the paragraph named. Outside such a review, the same sentence keeps the reading it had.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = 'Tỷ lệ hộ nghèo giảm từ 2,1% (cuối năm 2020) xuống còn 0,9% (cuối năm 2022). Đến nay, huyện có 9/12 xã đạt chuẩn nông thôn mới.';

describe('"Đến nay," in a mid-term review', () => {
  it('is the running term', () => {
    const text = 'Tân Trụ sơ kết giữa nhiệm kỳ\n\nSau 2,5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025, huyện Tân Trụ đạt nhiều kết quả.\n\n' + body;
    expect(figureAt(text, '9/12', { published: '2023-06-20' }).period).toBe('2020/2025');
  });

  it('is not the term in a year-end report', () => {
    const text = 'Tân Trụ tổng kết năm 2023\n\nNăm 2023, huyện Tân Trụ đạt nhiều kết quả.\n\n' + body;
    expect(figureAt(text, '9/12', { published: '2023-12-20' }).period).not.toBe('2020/2025');
  });
});
