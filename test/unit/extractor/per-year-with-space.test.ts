// "tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm": pages also print the per-year slash with a space after it. In a list of
// a term's targets, such a yearly rate is the term's, not the year the item before it named.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a yearly rate written "%/ năm"', () => {
  const text = 'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 đề ra 25 chỉ tiêu, trong đó phấn đấu thu nhập bình quân đầu người ' +
    'đến năm 2030 đạt 86,4 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm; tỷ lệ che phủ rừng đạt 45%.';

  it('takes the term, with or without the space', () => {
    expect(figureAt(text, '1,41%', { published: '2025-09-23' }).period).toBe('2025/2030');
    const joined = text.replace('1,41%/ năm', '1,41%/năm');
    expect(figureAt(joined, '1,41%', { published: '2025-09-23' }).period).toBe('2025/2030');
  });

  it('the item dated by its own horizon keeps it', () => {
    expect(figureAt(text, '86,4 triệu đồng', { published: '2025-09-23' }).period).toBe('2030');
  });
});
