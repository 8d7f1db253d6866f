// A budget page's tallies are counts: spending items the Treasury refused, plots auctioned, agencies ranked by
// disbursement.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the counted nouns of budget news', () => {
  it('counts spending items, plots and agencies', () => {
    expect(figureAt('Kho bạc đã từ chối thanh toán 84 khoản chi chưa đủ điều kiện.', '84 khoản chi').unit).toBe('khoản chi');
    expect(figureAt('Tỉnh tổ chức đấu giá thành công 930 lô đất.', '930 lô đất').unit).toBe('lô đất');
    expect(figureAt('Có 7/12 khu đất không có người đăng ký đấu giá.', '7/12 khu đất').of).toBe(12);
    expect(figureAt('Khối trung ương có 11/46 cơ quan giải ngân trên 90%.', '11/46 cơ quan').unit).toBe('cơ quan');
  });

  it('does not read a name with a number as a count', () => {
    expectNoFigureAt('Hồ sơ nộp tại Cơ quan số 2, đường Trần Phú.', '2');
  });
});
