// A provincial paper opens its FDI piece on the national tally: "tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 27,26
// tỷ USD". What flows into the country is the country's, not the province the page is about. "Việt Nam" at the end of
// a body's name ("Ngân hàng Chính sách xã hội Việt Nam chi nhánh tỉnh") still names no place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"vào Việt Nam"', () => {
  it('gives the figure to the country', () => {
    const text = 'Quảng Ninh thu hút FDI 10 tháng\n\nTính đến ngày 31/10/2024, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 27,26 tỷ USD, tăng 1,9%.';
    expect(figureAt(text, '27,26 tỷ USD').locality).toBe('cả nước');
    expect(figureAt(text, '1,9%').locality).toBe('cả nước');
  });

  it('leaves a body named after the country to the page\'s province', () => {
    const text = 'Quảng Ninh: tín dụng chính sách năm 2024\n\nNgân hàng Chính sách xã hội Việt Nam chi nhánh tỉnh đã giải ngân 1.250 tỷ đồng.';
    expect(figureAt(text, '1.250 tỷ đồng').locality).toBe('tỉnh Quảng Ninh');
  });
});
