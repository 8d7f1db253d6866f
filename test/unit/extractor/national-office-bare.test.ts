// "Theo số liệu của Cục Thống kê, chỉ số CPI tháng 10 tăng 0,20% so với tháng trước": since 2025 the national statistics
// office is named bare, so a page citing it before any place is the country's; a province's office names its province.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-06' };

describe('the national statistics office named bare', () => {
  it('makes the page the country\'s', () => {
    const text = 'CPI tháng 10 tăng nhẹ\n\nTheo số liệu của Cục Thống kê, chỉ số giá tiêu dùng tháng 10 tăng 0,20% so với tháng trước và tăng 3,25% so với cùng kỳ năm trước, chủ yếu do giá thực phẩm tăng cao sau mưa lũ.';
    expect(figureAt(text, '0,20%', opts).locality).toBe('cả nước');
  });

  it('a province\'s office leaves the page the province\'s', () => {
    const text = 'CPI tháng 10 tăng nhẹ\n\nTheo Chi cục Thống kê, chỉ số giá tiêu dùng tháng 10 của tỉnh Cà Mau tăng 0,20% so với tháng trước và tăng 3,25% so với cùng kỳ năm trước, chủ yếu do giá thực phẩm.';
    expect(figureAt(text, '0,20%', opts).locality).toBe('tỉnh Cà Mau');
  });
});
