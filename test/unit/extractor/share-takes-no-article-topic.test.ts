// "Tổng mức bán lẻ … đạt 45.230 tỷ đồng; trong đó, bán lẻ hàng hóa chiếm 78,5%" after a paragraph about the IIP: a
// share is of what its own words name; a rate named paragraphs before is not what it divides. Found by probing after
// holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'tỉnh Tiền Giang', published: '2024-07-02' };
const iip = 'Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2024 ước tăng 9,85% so với cùng kỳ.\n\n';

describe('a share takes no rate from paragraphs before', () => {
  it('"bán lẻ hàng hóa chiếm 78,5%" is not the IIP', () => {
    const text = `${iip}Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 45.230 tỷ đồng, tăng 11,2%; trong đó, bán lẻ hàng hóa chiếm 78,5%.`;
    expect(figureAt(text, '78,5%', opts).indicator).toBeUndefined();
  });
  it('a share of the structure still is a sector share', () => {
    const text = `${iip}Cơ cấu kinh tế: khu vực công nghiệp - xây dựng chiếm 45,2%.`;
    expect(figureAt(text, '45,2%', opts).indicator).toBe('sector_share');
  });
  it('a bare rate level after the rate\'s paragraph still continues it', () => {
    const text = 'Tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,62%.\n\nRiêng huyện Trà Ôn còn 3,85%.';
    expect(figureAt(text, '3,85%', opts).indicator).toBe('poverty_rate');
  });
});
