// A change measured against the same date a year before ("tăng 6,8% so với cùng thời điểm năm 2023") compares two stocks:
// under a cut-off it stands at the cut-off month, as the count it moves does. A change against the same period
// ("so với cùng kỳ") under the same cut-off is a flow's and sums the months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change against the same date a year before', () => {
  it('stands at the cut-off month', () => {
    const text = 'Đến ngày 30/11/2024, toàn tỉnh có 86.400 ô tô đang lưu hành; số ô tô tăng 6,8% so với cùng thời điểm năm 2023.';
    expect(figureAt(text, '6,8%', { published: '2024-12-15' }).period).toBe('2024-M11');
  });

  it('leaves a change against the same period to the months summed', () => {
    const text = 'Đến ngày 30/11/2024, toàn tỉnh giải ngân 3.240 tỷ đồng vốn đầu tư công, tăng 6,8% so với cùng kỳ năm 2023.';
    expect(figureAt(text, '6,8%', { published: '2024-12-15' }).period).toBe('2024-11M');
  });
});
