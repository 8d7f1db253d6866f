// District tax news credits "Chi cục Thuế khu vực Thạnh Phú - Ba Tri": an office named after the districts it serves.
// Those names say where the office works; the figures stay with the district the page is about.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thạnh Phú: Thu ngân sách 9 tháng đạt 78% dự toán\n\n(ĐK) - Tính đến hết tháng 9/2024, tổng thu ngân sách trên địa bàn huyện Thạnh Phú đạt 120 tỷ đồng, tăng 5% so với cùng kỳ năm trước.\n\n';

describe('a regional office\'s name', () => {
  it('the second district of "Chi cục Thuế khu vực A - B" does not take the figure', () => {
    const text = `${HEAD}Theo Chi cục Thuế khu vực Thạnh Phú - Ba Tri, thu từ khu vực ngoài quốc doanh đạt 32,5 tỷ đồng.`;
    expect(figureAt(text, '32,5 tỷ đồng').locality).toBe('huyện Thạnh Phú');
  });

  it('a district named outside an office\'s name still owns its figure', () => {
    const text = `${HEAD}Theo Chi cục Thuế, riêng huyện Ba Tri thu từ khu vực ngoài quốc doanh đạt 32,5 tỷ đồng.`;
    expect(figureAt(text, '32,5 tỷ đồng').locality).toBe('huyện Ba Tri');
  });
});
