// A place named in the reason for a result ("… nhờ Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định") is not what the
// sentences after it speak of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a place in a reason clause', () => {
  it('is not carried to the next sentence', () => {
    const text = 'Kinh tế tỉnh Thanh Hóa 5 tháng năm 2023\n\nTháng 5/2023, IIP của tỉnh Thanh Hóa tăng 21,3% so với cùng kỳ, nhờ Nhà máy Lọc hóa dầu Nghi Sơn vận hành ổn định trở lại. Lũy kế từ đầu năm, IIP tăng 14,6%.';
    expect(figureAt(text, '14,6%').locality).toBe('tỉnh Thanh Hóa');
  });

  it('after "nhờ đó", the place that follows is the subject', () => {
    const text = 'Tỉnh Long An đầu tư mạnh cho hạ tầng. Nhờ vậy huyện Đức Hòa thu hút 12 dự án mới. Tổng vốn đăng ký đạt 3.200 tỷ đồng.';
    expect(figureAt(text, '3.200 tỷ đồng').locality).toBe('huyện Đức Hòa');
  });
});
