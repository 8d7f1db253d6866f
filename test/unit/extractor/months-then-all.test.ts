// "Các mặt hàng xuất khẩu chủ lực 5 tháng đều tăng so với cùng kỳ: cà phê đạt 182,4 triệu USD, …": the months a report
// sums, then "đều" (all of the items listed did so in them), date the items, and the paragraph's sentences after them,
// not the month the headline names. "đều đặn" (regularly) after a length of time is no such sum.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-06-01' };

describe('months summed, then "đều"', () => {
  it('date the items listed after them', () => {
    const text = 'Tháng 5, kim ngạch xuất khẩu tăng 9,2% so với tháng trước\n\n' +
      'Các mặt hàng xuất khẩu chủ lực 5 tháng đều tăng so với cùng kỳ: cà phê đạt 182,4 triệu USD, tăng 24,6%; chè 21,7 triệu USD, tăng 5,2%. Riêng hàng dệt may giảm 6,4%.';
    expect(figureAt(text, '182,4 triệu USD', opts).period).toBe('2022-5M');
    expect(figureAt(text, '5,2%', opts).period).toBe('2022-5M');
    expect(figureAt(text, '6,4%', opts).period).toBe('2022-5M');
  });

  it('leaves "đều đặn" after a length of time alone', () => {
    const text = 'Tháng 5, hợp tác xã bán ra 120 tấn rau. Suốt 5 tháng đều đặn mỗi tuần, xã viên giao 20 tấn rau cho siêu thị.';
    expect(figureAt(text, '20 tấn', opts).period).not.toBe('2022-5M');
  });
});
