// Shares "chiếm … tổng kim ngạch" divide the trade total: the exports (or imports) the words or the paragraph name.
// A share of another whole stays without a trade indicator.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Cà Mau: xuất khẩu thủy sản 10 tháng\n\nKim ngạch xuất khẩu thủy sản 10 tháng năm 2025 ước đạt 1,34 tỷ USD, tăng 11,6% so với cùng kỳ. ';

describe('a share of the trade total', () => {
  it('every share of a "lần lượt chiếm … tổng kim ngạch" list is of exports after an export total', () => {
    const text = `${HEAD}Các thị trường Mỹ, Nhật Bản và EU lần lượt chiếm 28%, 19,5% và 12,4% tổng kim ngạch.`;
    expect(figureAt(text, '28%').indicator).toBe('export_value');
    expect(figureAt(text, '19,5%').indicator).toBe('export_value');
  });

  it('"tổng kim ngạch nhập khẩu" names imports whatever came before', () => {
    const text = `${HEAD}Hàng từ Trung Quốc chiếm 31,5% tổng kim ngạch nhập khẩu.`;
    expect(figureAt(text, '31,5%').indicator).toBe('import_value');
  });

  it('a share of the land area takes no trade indicator', () => {
    const text = `${HEAD}Diện tích nuôi tôm chiếm gần 40% diện tích nuôi tôm của cả nước.`;
    expect(figureAt(text, '40%').indicator).toBeUndefined();
  });
});
