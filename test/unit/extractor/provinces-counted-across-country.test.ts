// "Về địa bàn đầu tư, các nhà đầu tư nước ngoài đã đầu tư vào 50 tỉnh, thành phố trên cả nước. … Cụ thể, Bắc Ninh dẫn
// đầu …": provinces counted across the country speak of the country, so a roundup that names the country that way
// before any province is the country's page; "thành phố lớn của cả nước" still only measures a place against it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-04-05' };

describe('provinces counted across the country', () => {
  it('make the roundup the country\'s', () => {
    const text = 'Thu hút FDI quý I\n\nTrong quý I/2025, có 850 dự án mới được cấp phép với tổng vốn đăng ký đạt 4,33 tỷ USD, tăng 11,5% về số dự án nhưng giảm 31,5% về vốn đăng ký so với cùng kỳ năm 2024; vốn đăng ký điều chỉnh đạt 5,16 tỷ USD, gấp 5 lần so với cùng kỳ năm trước.\n\n' +
      'Về địa bàn đầu tư, các nhà đầu tư nước ngoài đã đầu tư vào 50 tỉnh, thành phố trên cả nước.\n\nCụ thể, Bắc Ninh dẫn đầu với tổng vốn đăng ký gần 1,9 tỷ USD.';
    expect(figureAt(text, '4,33', opts).locality).toBe('cả nước');
    expect(figureAt(text, '1,9', opts).locality).toBe('tỉnh Bắc Ninh');
  });

  it('a city ranked in the country leaves the page its own', () => {
    const text = 'Đà Nẵng\n\nLà một trong những thành phố lớn của cả nước, Đà Nẵng thu hút 1,2 tỷ USD vốn FDI.';
    expect(figureAt(text, '1,2', opts).locality).toBe('thành phố Đà Nẵng');
  });
});
