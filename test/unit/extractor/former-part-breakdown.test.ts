// "Khu vực Bình Thuận cũ đón 4,1 triệu lượt khách, tăng 12%; trong đó khách quốc tế 210.000 lượt": a clause opening on
// "trong đó" breaks down the clause before it, so the former province that owned that clause owns the breakdown too.
// A clause that opens otherwise goes back to the new province.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06', locality: 'tỉnh Lâm Đồng' };

describe('a breakdown after a former part', () => {
  it('is the former part\'s', () => {
    const text = 'Chín tháng năm 2025, tỉnh đón 14 triệu lượt khách. Khu vực Bình Thuận cũ đón 4,1 triệu lượt khách, tăng 12%; trong đó khách quốc tế 210.000 lượt.';
    expect(figureAt(text, '210.000', opts).locality).toBe('tỉnh Bình Thuận');
  });

  it('leaves a clause that opens otherwise to the new province', () => {
    const text = 'Chín tháng năm 2025, tỉnh đón 14 triệu lượt khách. Khu vực Bình Thuận cũ đón 4,1 triệu lượt khách, tăng 12%; khách quốc tế toàn tỉnh đạt 620.000 lượt.';
    expect(figureAt(text, '620.000', opts).locality).toBe('tỉnh Lâm Đồng');
  });
});
