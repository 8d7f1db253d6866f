// "khởi công 36 công trình hạ tầng thiết yếu, trong đó 12 công trình nước sinh hoạt tập trung", "huy động 8.400 ngày công":
// works built and labour days given under a national target programme are counted results, the noun as written. A
// work named by its number ("Công trình 135") is a name, no count.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('works and labour days of a programme', () => {
  it('are counted', () => {
    const text = 'Năm 2024, huyện khởi công 36 công trình hạ tầng thiết yếu, trong đó 12 công trình nước sinh hoạt tập trung; Nhân dân góp 8.400 ngày công.';
    expect([figureAt(text, '36').value, figureAt(text, '36').unit]).toEqual([36, 'công trình']);
    expect(figureAt(text, '12 công trình').value).toBe(12);
    expect(figureAt(text, '8.400').unit).toBe('ngày công');
  });
  it('a numbered name is no count', () => {
    expectNoFigureAt('Dự án thuộc Chương trình 135 đã hoàn thành.', '135');
  });
});
