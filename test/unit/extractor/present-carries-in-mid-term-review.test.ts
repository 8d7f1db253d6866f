// In a mid-term review, after "… xuống còn 0,9% (cuối năm 2022). Đến nay, huyện có 9/12 xã đạt chuẩn …", the next
// sentences of the paragraph go on in the present (the running term), not back to the year bracketed before; a sentence
// that names a year again is that year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-20' };
const head = 'Tân Trụ sơ kết giữa nhiệm kỳ\n\nSau 2,5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025, huyện Tân Trụ đạt nhiều kết quả.\n\n' +
  'Tỷ lệ hộ nghèo giảm từ 2,1% (cuối năm 2020) xuống còn 0,9% (cuối năm 2022). Đến nay, huyện có 9/12 xã đạt chuẩn nông thôn mới. ';

describe('the sentences after "Đến nay," in a mid-term review', () => {
  it('are the running term', () => {
    expect(figureAt(head + 'Tỷ lệ tham gia bảo hiểm y tế đạt 93,1%.', '93,1%', opts).period).toBe('2020/2025');
  });

  it('leave a sentence that names its year', () => {
    expect(figureAt(head + 'Năm 2022, tỷ lệ tham gia bảo hiểm y tế đạt 93,1%.', '93,1%', opts).period).toBe('2022');
  });
});
