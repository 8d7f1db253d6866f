// "Giá gạo xuất khẩu bình quân ở mức 627 USD/tấn, tăng 12,8%": a change right after a figure of its clause is that
// figure's change, also when a name stands before that figure, if the figure itself measures nothing named (a price
// is no export value). Herds ("Tổng đàn bò 42.380 con, giảm 1,9%") and charity houses counted in "căn" now have
// their counted units, so their changes keep livestock_herd and charity_houses.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change of a figure that measures nothing named', () => {
  it('the rise of an export price is not export growth', () => {
    const text = 'Giá gạo xuất khẩu bình quân ở mức 627 USD/tấn, tăng 12,8%.';
    expect(figureAt(text, '12,8%').indicator).toBeUndefined();
  });
  it('the change of a herd or of exports keeps its indicator', () => {
    const herd = 'Tổng đàn bò 42.380 con, giảm 1,9%; đàn heo 61.200 con, tăng 3,1%.';
    expect(figureAt(herd, '42.380 con').indicator).toBe('livestock_herd');
    expect(figureAt(herd, '1,9%').indicator).toBe('livestock_herd');
    const exports = 'Kim ngạch xuất khẩu ước đạt 780 triệu USD, tăng 12,3% so với cùng kỳ.';
    expect(figureAt(exports, '12,3%').indicator).toBe('export_value');
  });
});
