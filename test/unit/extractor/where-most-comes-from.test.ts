// "Sản lượng thủy sản (chủ yếu tại khu vực Bình Thuận cũ) ước đạt 148.600 tấn": a bracket saying where most of a whole
// comes from leaves the whole the province's; a former province named as the clause's own part still owns it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế Lâm Đồng 6 tháng đầu năm 2026\n\n(BLĐ) - Theo Thống kê tỉnh Lâm Đồng, kinh tế của tỉnh trong 6 tháng đầu năm tiếp tục phục hồi ở hầu hết các ngành, lĩnh vực.\n\n';

describe('a former province in a bracket after "chủ yếu tại"', () => {
  it('owns nothing', () => {
    const text = `${HEAD}Sản lượng thủy sản khai thác và nuôi trồng (chủ yếu tại khu vực Bình Thuận cũ) ước đạt 148.600 tấn, tăng 2,9%.`;
    expect(figureAt(text, '148.600 tấn').locality).toBe('tỉnh Lâm Đồng');
  });

  it('named as the part a clause speaks of, it owns that clause', () => {
    const text = `${HEAD}Riêng khu vực Bình Thuận cũ, sản lượng thủy sản ước đạt 121.400 tấn.`;
    expect(figureAt(text, '121.400 tấn').locality).toBe('tỉnh Bình Thuận');
  });
});
