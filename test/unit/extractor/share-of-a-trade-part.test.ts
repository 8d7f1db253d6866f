// Export reports weigh each market or group of goods: "thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%", "nhóm
// thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD", "chiếm 98% giá trị xuất khẩu toàn tỉnh". A share that names no
// whole, or names the flow's value, is a share of the trade flow the text speaks of, and the change after the bracket
// is the part's exports, not an economy's sector share.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-06' };

describe('a share of a part of a trade flow', () => {
  it('a bracketed weight after a breakdown of exports is a share of exports, and so is the change after it', () => {
    const text = 'Chín tháng năm 2023, kim ngạch xuất khẩu của tỉnh đạt 2,1 tỷ USD, tăng 9,4%. Trong đó, thị trường Nhật Bản (chiếm tỷ trọng 18,2%) tăng 12,6%; thị trường EU (chiếm 9,7% tỷ trọng) tăng 4,1%.';
    expect(figureAt(text, '18,2%', opts).indicator).toBe('export_value');
    expect(figureAt(text, '12,6%', opts).indicator).toBe('export_value');
    expect(figureAt(text, '4,1%', opts).indicator).toBe('export_value');
  });

  it('a share of the export value is a share of exports', () => {
    const text = 'Chín tháng năm 2023, khu vực kinh tế trong nước (chiếm 14% giá trị xuất khẩu toàn tỉnh) đạt 290 triệu USD.';
    expect(figureAt(text, '14%', opts).indicator).toBe('export_value');
  });

  it('a sector\'s weight in the economy stays a sector share', () => {
    const text = 'Năm 2023, cơ cấu kinh tế của tỉnh chuyển dịch tích cực; khu vực dịch vụ chiếm tỷ trọng 41,2%.';
    expect(figureAt(text, '41,2%', opts).indicator).toBe('sector_share');
  });
});
