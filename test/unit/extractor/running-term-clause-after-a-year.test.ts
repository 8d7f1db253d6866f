// "Thu ngân sách năm 2025 ước đạt 25.500 tỷ đồng; tổng thu cả nhiệm kỳ đạt khoảng 96.000 tỷ đồng": a clause of its own
// that speaks of the running term is that term's, not the year the clause before named. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const review = 'Sơ kết giữa nhiệm kỳ 2020 - 2025 của Đảng bộ huyện.\n\n';
const opts = { published: '2023-06-20' };

describe('a clause on the running term after a clause on one year', () => {
  it('"; tổng thu cả nhiệm kỳ đạt …" is the term\'s', () => {
    const text = review + 'Thu ngân sách năm 2022 đạt 412 tỷ đồng, gấp 1,4 lần năm 2020; tổng thu cả nhiệm kỳ đạt khoảng 1.050 tỷ đồng.';
    expect(figureAt(text, '1.050 tỷ đồng', opts).period).toBe('2020/2025');
  });

  it('"; trong nhiệm kỳ có …" is the term\'s', () => {
    const text = review + 'Đến cuối năm 2022, toàn huyện có 640 doanh nghiệp đang hoạt động; trong nhiệm kỳ có 215 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '215 doanh nghiệp', opts).period).toBe('2020/2025');
  });

  it('a clause that names no term keeps the year of the clause before', () => {
    const text = review + 'Thu ngân sách năm 2022 đạt 412 tỷ đồng, gấp 1,4 lần năm 2020; thu nội địa đạt 380 tỷ đồng.';
    expect(figureAt(text, '380 tỷ đồng', opts).period).toBe('2022');
  });
});
