// "số dự án FDI trên địa bàn tỉnh còn hiệu lực là 156, với tổng số vốn …", "Số doanh nghiệp thành lập mới là 420, tăng
// 12%" (real reports): a bare number after "là" whose subject is "(tổng) số <a counted noun>" is that count. A noun the
// extractor does not count ("số điện thoại", "số hiệu"), a year, or a number with its own unit are left as they are.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2023-09-20' };

describe('a count named before its bare number', () => {
  it('"số dự án … còn hiệu lực là 156" counts projects', () => {
    const f = figureAt('Thu hút FDI\n\nLũy kế đến giữa tháng 9, số dự án FDI trên địa bàn tỉnh còn hiệu lực là 168, với tổng vốn đăng ký 8,4 tỷ USD.', '168', OPTS);
    expect(f.value).toBe(168);
    expect(f.unit).toBe('dự án');
  });

  it('"Số doanh nghiệp thành lập mới là 1.420, tăng 12%" counts enterprises', () => {
    const f = figureAt('Doanh nghiệp\n\nSố doanh nghiệp thành lập mới là 1.420, tăng 12% so với cùng kỳ.', '1.420', OPTS);
    expect(f.value).toBe(1420);
    expect(f.unit).toBe('doanh nghiệp');
  });
});

describe('numbers after "là" that count nothing named', () => {
  it('a phone number, a year and an uncounted noun give no figure', () => {
    expect(figuresIn('Liên hệ\n\nSố điện thoại đường dây nóng là 113, hoạt động cả ngày.', OPTS)).toEqual([]);
    expect(figuresIn('Kế hoạch\n\nSố dự án trọng điểm của năm là 2024, theo kế hoạch.', OPTS)).toEqual([]);
    expect(figuresIn('Thông tin\n\nSố hiệu văn bản là 125, ban hành tháng 9.', OPTS)).toEqual([]);
  });
});
