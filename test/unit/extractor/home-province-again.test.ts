// A provincial paper sets its province beside its neighbours ("… đứng sau Thanh Hóa (9,5%) và trên Hà Tĩnh (6,1%)."), then
// goes on in a new paragraph about "tỉnh" with no name: that is the page's own province again, not the neighbour named
// last. Inside the paragraph that named a province, "tỉnh" still means that one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"tỉnh" in a new paragraph of a page headlined on its province', () => {
  it('goes back to the province of the headline', () => {
    const text = 'Nghệ An tăng trưởng khá trong khu vực Bắc Trung Bộ\n\n' +
      'Tăng trưởng GRDP năm 2024 của Nghệ An đạt 7,2%, đứng sau Thanh Hóa (9,5%) và trên Hà Tĩnh (6,1%).\n\n' +
      'Thu ngân sách nhà nước trên địa bàn tỉnh đạt 24.800 tỷ đồng, vượt 18% dự toán.';
    expect(figureAt(text, '24.800 tỷ đồng').locality).toBe('tỉnh Nghệ An');
    expect(figureAt(text, '6,1%').locality).toBe('tỉnh Hà Tĩnh');
  });

  it('keeps the province named in its own paragraph', () => {
    const text = 'Nghệ An tăng trưởng khá trong khu vực Bắc Trung Bộ\n\n' +
      'Trong khu vực, Hà Tĩnh có mức tăng thấp nhất; thu ngân sách nhà nước trên địa bàn tỉnh đạt 21.300 tỷ đồng.';
    expect(figureAt(text, '21.300 tỷ đồng').locality).toBe('tỉnh Hà Tĩnh');
  });

  it('leaves a national page to the province named last', () => {
    const text = 'Tăng trưởng GRDP năm 2024 của các địa phương\n\n' +
      'Hà Tĩnh tăng 6,1%, thấp nhất khu vực.\n\n' +
      'Thu ngân sách nhà nước trên địa bàn tỉnh đạt 21.300 tỷ đồng.';
    expect(figureAt(text, '21.300 tỷ đồng').locality).toBe('tỉnh Hà Tĩnh');
  });
});
