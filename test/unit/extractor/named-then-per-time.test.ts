// "công suất khoảng 520.000 tấn thành phẩm/năm": what is measured may stand between the unit and the time it is
// measured over; the unit is still a rate per year. A plain amount with no rate after it stays the unit alone.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Cà Mau: xuất khẩu thủy sản\n\n';

describe('a named material before a per-time rate', () => {
  it('"tấn thành phẩm/năm" is tonnes per year', () => {
    const text = `${HEAD}Toàn tỉnh có 42 nhà máy chế biến với tổng công suất khoảng 520.000 tấn thành phẩm/năm.`;
    expect(figureAt(text, '520.000').unit).toBe('tấn/năm');
  });

  it('"tấn tôm" with no rate after it stays tonnes', () => {
    const text = `${HEAD}Năm 2025, sản lượng tôm đạt 452.000 tấn tôm nguyên liệu.`;
    expect(figureAt(text, '452.000').unit).toBe('tấn');
  });
});
