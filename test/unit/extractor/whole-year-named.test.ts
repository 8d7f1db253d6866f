// "Cả năm 2025, lực lượng quản lý thị trường kiểm tra 2.946 vụ": a whole year written with its number is that year, as
// "Năm 2025," is, and opening a paragraph it dates the paragraph; a bare "cả năm" still means the year the text is about.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"cả năm" with its year', () => {
  it('"Cả năm 2024," in a 2025 page is 2024', () => {
    const text = 'Tháng 10, tổng mức bán lẻ hàng hóa đạt 26.840 tỷ đồng.\n\nCả năm 2024, lực lượng quản lý thị trường kiểm tra 2.946 vụ, xử lý 2.318 vụ vi phạm. Số tiền thu nộp ngân sách đạt 21,6 tỷ đồng.';
    const opts = { published: '2025-11-16' };
    expect(figureAt(text, '2.946', opts).period).toBe('2024');
    expect(figureAt(text, '21,6', opts).period).toBe('2024');
  });

  it('"Cả năm 2025," under a Tết frame of 2026 is 2025', () => {
    const text = 'Dịp Tết Bính Ngọ 2026, các doanh nghiệp dự trữ hàng hóa trị giá 9.800 tỷ đồng.\n\nCả năm 2025, lực lượng quản lý thị trường kiểm tra 2.946 vụ, thu nộp ngân sách 21,6 tỷ đồng, đạt 135% kế hoạch.';
    const opts = { published: '2026-01-16' };
    expect(figureAt(text, '2.946', opts).period).toBe('2025');
    expect(figureAt(text, '135%', opts).period).toBe('2025');
  });

  it('a bare "cả năm" is the year the text is about', () => {
    const text = 'Năm 2024, thu ngân sách trên địa bàn ước đạt 1.200 tỷ đồng; cả năm đạt 105% dự toán.';
    expect(figureAt(text, '105%', { published: '2024-12-10' }).period).toBe('2024');
  });
});
