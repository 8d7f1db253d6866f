// "Nhìn lại 3 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện, tổng giá trị sản xuất tăng bình quân 7,2%/năm" on a page
// that names no term: the years the congress's resolution has run are the party's running term (terms open in 2020,
// 2025, 2030), so the yearly average is 2020/2025. A page that names its term keeps it; a sentence without those words
// keeps its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the running term a resolution has run', () => {
  it('is inferred from the publication year when no term is named', () => {
    const text = 'Huyện tổng kết năm 2023.\n\nNhìn lại 3 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện, tổng giá trị sản xuất tăng bình quân 7,2%/năm.';
    expect(figureAt(text, '7,2%', { published: '2023-12-12' }).period).toBe('2020/2025');
  });

  it('leaves a sentence without the resolution’s years to its year', () => {
    const text = 'Huyện tổng kết năm 2023.\n\nNăm 2023, tổng giá trị sản xuất tăng 7,2%.';
    expect(figureAt(text, '7,2%', { published: '2023-12-12' }).period).toBe('2023');
  });
});
