// "Các bài viết khác:" over a list of the site's other headlines ("Đồng Nai: Điện mặt trời mái nhà tăng 40 MW
// (05/07/2024)") opens a related list as "Tin liên quan" does: those numbers are other articles'. Prose that speaks of
// "các bài viết khác" keeps its figures. Found by holdout83/004 (Báo Đồng Nai).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a list under "Các bài viết khác"', () => {
  it('holds no figure, and the article above it keeps its own', () => {
    const text = 'Tỉnh Đồng Nai\n\nĐiện thương phẩm 6 tháng đầu năm 2024 đạt 8,92 tỷ kWh, tăng 7,6%.\n\nHoàng Lộc\n\nCác bài viết khác:\n- Đồng Nai: Điện mặt trời mái nhà tăng 40 MW (05/07/2024)\n- Long Khánh có thêm 3 trạm biến áp 110 kV (03/07/2024)\n';
    expectNoFigureAt(text, '40 MW');
    expectNoFigureAt(text, '3 trạm');
    expect(figureAt(text, '8,92 tỷ kWh').value).toBe(8.92e9);
  });
  it('leaves prose that names other articles', () => {
    const text = 'Tỉnh Đồng Nai\n\nNhư các bài viết khác đã nêu, năm 2023 toàn tỉnh tiêu thụ 16,7 tỷ kWh điện.\n';
    expect(figureAt(text, '16,7 tỷ kWh').value).toBe(16.7e9);
  });
});
