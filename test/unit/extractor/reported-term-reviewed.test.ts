// "Trình bày báo cáo chính trị, đồng chí Bí thư cho biết, nhiệm kỳ 2020 - 2025, kinh tế huyện tăng trưởng khá." then, a
// paragraph later, "Tổng giá trị sản xuất tăng bình quân 8,2%/năm": a term that the reported words open on is the
// stretch the report reviews, so a yearly average after it is that term's, as after "Nhìn lại nhiệm kỳ …". A year's
// figure there keeps its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-20' };
const TEXT = [
  'Đại hội Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025 - 2030 khai mạc.',
  'Trình bày báo cáo chính trị, đồng chí Bí thư Huyện ủy cho biết, nhiệm kỳ 2020 - 2025, kinh tế huyện tăng trưởng khá.',
  'Tổng giá trị sản xuất tăng bình quân 8,2%/năm. Năm 2025, thu ngân sách ước đạt 310 tỷ đồng.',
].join('\n\n');

describe('a term the reported words open on', () => {
  it('dates a yearly average in a later paragraph', () => {
    expect(figureAt(TEXT, '8,2%', opts).period).toBe('2020/2025');
  });

  it('leaves a year’s figure its year', () => {
    expect(figureAt(TEXT, '310 tỷ', opts).period).toBe('2025');
  });
});
