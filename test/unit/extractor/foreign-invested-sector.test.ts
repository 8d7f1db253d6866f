// Trade and industry reports break totals down by owner: "khu vực có vốn đầu tư nước ngoài đạt 10,56 tỷ USD", "doanh
// nghiệp FDI". The foreign-invested sector is whose exports or revenue they are, not foreign capital drawn in.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-05-03' };

describe('the foreign-invested sector as owner', () => {
  it('its exports are exports', () => {
    const text = 'Bốn tháng đầu năm, giá trị xuất khẩu hàng hóa của tỉnh đạt 8,2 tỷ USD, tăng 12,4%. Trong đó, khu vực kinh tế có vốn đầu tư nước ngoài đạt 7,9 tỷ USD, tăng 11,8%; khu vực kinh tế trong nước đạt 300 triệu USD.';
    expect(figureAt(text, '7,9 tỷ USD', opts).indicator).toBe('export_value');
    expect(figureAt(text, '11,8%', opts).indicator).toBe('export_value');
  });

  it('capital drawn in from abroad stays foreign investment', () => {
    const text = 'Bốn tháng đầu năm, tỉnh thu hút vốn đầu tư nước ngoài đạt 420 triệu USD.';
    expect(figureAt(text, '420 triệu USD', opts).indicator).toBe('fdi');
  });
});
