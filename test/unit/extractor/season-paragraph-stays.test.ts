// A season with its year opening a paragraph of a half-year report ("Vụ Xuân 2024, toàn tỉnh gieo cấy …") dates that
// paragraph's harvest, not the paragraphs after it: they are back in the report's stretch. A year opening a paragraph
// ("Năm 2023, …") still dates the paragraphs after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thanh Hóa: GRDP 6 tháng đầu năm ước tăng 7,6%\n\n' +
  'Sáng 4/7, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.\n\n';
const opts = { published: '2024-07-05' };

describe('a season opening its paragraph', () => {
  it('dates its harvest and leaves the next paragraph in the report stretch', () => {
    const text = HEAD + 'Vụ Xuân 2024, toàn tỉnh gieo cấy 118.500 ha lúa, năng suất ước đạt 62,5 tạ/ha.\n\n' +
      'Giải ngân vốn đầu tư công mới đạt 38,6% kế hoạch vốn.\n';
    expect(figureAt(text, '118.500 ha', opts).period).toBe('2024');
    expect(figureAt(text, '38,6%', opts).period).toBe('2024-H1');
  });

  it('leaves a year opening its paragraph dating the paragraphs after it', () => {
    const text = HEAD + 'Năm 2023, toàn tỉnh gieo cấy 240.100 ha lúa.\n\n' +
      'Giải ngân vốn đầu tư công đạt 96,2% kế hoạch vốn.\n';
    expect(figureAt(text, '96,2%', opts).period).toBe('2023');
  });
});
