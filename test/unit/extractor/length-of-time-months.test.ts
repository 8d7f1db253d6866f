// "mặn xuất hiện sớm hơn trung bình khoảng 1 tháng": a length of time is not the months a report covers (the figure
// after it was dated "2023-1M", an id the spec does not have); "5 tháng đầu năm" still is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('months as a length of time', () => {
  it('"sớm hơn … khoảng 1 tháng" dates nothing', () => {
    const text = 'Năm 2024, mặn xuất hiện sớm hơn trung bình nhiều năm khoảng 1 tháng. Độ mặn cao nhất đo được là 7,2‰.';
    expect(figureAt(text, '7,2‰').period).toBe('2024');
  });

  it('"kéo dài 2 tháng" dates nothing either', () => {
    const text = 'Năm 2024, đợt nắng nóng kéo dài 2 tháng. Toàn tỉnh có 3.860 hộ thiếu nước sinh hoạt.';
    expect(figureAt(text, '3.860').period).toBe('2024');
  });

  it('"5 tháng đầu năm" is still the period of its figures', () => {
    const text = 'Trong 5 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 612 triệu USD.';
    expect(figureAt(text, '612 triệu USD').period).toBe('2024-5M');
  });
});
