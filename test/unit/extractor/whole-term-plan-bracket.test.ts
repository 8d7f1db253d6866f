// "kết nạp 412 đảng viên, đạt 82% chỉ tiêu Nghị quyết cả nhiệm kỳ (500 đảng viên)": the bracket after the whole term's
// (or year's) plan gives that plan's value, a target; a bracket after the figure's own words stays what was done.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-15', locality: 'huyện Cần Giuộc' };

describe('a bracket after "chỉ tiêu … cả nhiệm kỳ"', () => {
  it("is the plan's value", () => {
    const text = 'Từ đầu nhiệm kỳ đến nay, Đảng bộ huyện kết nạp 412 đảng viên, đạt 82% chỉ tiêu Nghị quyết cả nhiệm kỳ (500 đảng viên).';
    expect(figureAt(text, '500', opts).modality).toBe('target');
  });

  it('leaves a bracket after what was done', () => {
    const text = 'Từ đầu nhiệm kỳ đến nay, Đảng bộ huyện kết nạp đảng viên mới cả nhiệm kỳ (412 đảng viên), đạt 82% chỉ tiêu.';
    expect(figureAt(text, '412', opts).modality).toBe('actual');
  });
});
