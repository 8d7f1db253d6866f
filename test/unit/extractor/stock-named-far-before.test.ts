// A stock's name may stand well before its amount, after the lender's long name: "Đến ngày 30/6/2025, tổng dư nợ các
// chương trình tín dụng chính sách do Phòng giao dịch Ngân hàng Chính sách xã hội huyện … quản lý đạt 520,4 tỷ đồng" is
// June's balance. A name further back than the clause is not read.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('a stock named far before its amount', () => {
  it('a long lender name between the stock and its amount', () => {
    const text = 'Đến ngày 30/6/2025, tổng dư nợ các chương trình tín dụng chính sách do Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bảo Yên quản lý đạt 520,4 tỷ đồng.';
    expect(figureAt(text, '520,4', opts).period).toBe('2025-M06');
  });

  it('a flow in its own clause after the stock is summed', () => {
    const text = 'Đến ngày 30/6/2025, dư nợ tín dụng chính sách của huyện Bảo Yên tiếp tục tăng; trong 6 tháng, doanh số cho vay đạt 98,2 tỷ đồng.';
    expect(figureAt(text, '98,2', opts).period).toBe('2025-H1');
  });
});
