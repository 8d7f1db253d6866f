// "Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025 đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên": the year closing
// the term is no count the words "mục tiêu" name (as in "21/24 chỉ tiêu đạt"), so the cue still sets the target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-03-15' };

describe('a target cue right after a year', () => {
  it('still sets the figures after it', () => {
    expect(figureAt('Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đề ra mục tiêu mỗi năm kết nạp từ 80 - 90 đảng viên.', '80 - 90', opts).modality).toBe('target');
    expect(figureAt('Nghị quyết nhiệm kỳ 2020 - 2025 đề ra mục tiêu tỷ lệ hộ nghèo giảm bình quân 1,2%/năm.', '1,2%', opts).modality).toBe('target');
  });

  it('targets counted after a number are still a count', () => {
    expect(figureAt('Năm 2021, huyện có 21/24 chỉ tiêu đạt và vượt kế hoạch.', '21/24', opts).modality).toBe('actual');
  });
});
