// "sau 10 tháng năm 2024", "Sau 9 tháng, …": after "sau" the months are the stretch of the year a report sums when they
// name the year or open their sentence before a comma; "sau 6 tháng triển khai" stays a length of time.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-06' };

describe('months after "sau"', () => {
  it('"sau 10 tháng năm 2024" is the ten months of 2024', () => {
    const text = 'Theo Cục Thống kê, sau 10 tháng năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2.140 triệu USD.';
    expectFigure(text, '2.140 triệu USD', { period: '2024-10M' }, opts);
  });
  it('"Sau 9 tháng," opening a sentence is the nine months', () => {
    expectFigure('Kinh tế khởi sắc.\n\nSau 9 tháng, tổng mức bán lẻ hàng hóa đạt 38.500 tỷ đồng.', '38.500 tỷ đồng', { period: '2024-9M' }, opts);
  });
  it('"sau 6 tháng triển khai" is a length of time and dates nothing', () => {
    const text = 'Năm 2024, mô hình được nhân rộng, sau 6 tháng triển khai đã có 120 hộ tham gia.';
    expectFigure(text, '120 hộ', { period: '2024' }, opts);
  });
});
