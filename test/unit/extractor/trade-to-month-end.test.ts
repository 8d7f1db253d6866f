// "Theo thống kê sơ bộ từ Cục Hải quan, tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu của nước ta đạt 391 tỷ
// USD": trade summed to a month's end is the months elapsed, as money disbursed or collected to it is; the opening may
// name its year ("năm nay", "năm 2025") or come after its source.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-07' };

describe('trade summed to the end of a month', () => {
  it('"năm nay" after the month', () => {
    expect(figureAt('Tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu của tỉnh đạt 12,6 tỷ USD.', '12,6', opts).period).toBe('2025-10M');
  });

  it('after the source of the figures', () => {
    const text = 'Theo số liệu của Sở Công Thương, đến hết tháng 9/2025, kim ngạch nhập khẩu đạt 4,1 tỷ USD, tăng 8,3%.';
    expect(figureAt(text, '4,1', opts).period).toBe('2025-9M');
    expect(figureAt(text, '8,3%', opts).period).toBe('2025-9M');
  });

  it('a stock counted at the month end stays at the month', () => {
    expect(figureAt('Đến hết tháng 9/2025, toàn tỉnh có 86.500 ha cây ăn quả phục vụ xuất khẩu.', '86.500', opts).period).toBe('2025-M09');
  });
});
