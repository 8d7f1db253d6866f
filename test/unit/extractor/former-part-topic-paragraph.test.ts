// "Đối với khu vực Bắc Giang cũ, …" at the head of a paragraph of a merged province's report: the former unit is the
// topic the whole paragraph reports on, not only its first clause; the next paragraph goes back to the new province,
// and a former unit named inside a sentence still owns its own clause only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };
const text = `Bắc Ninh: kinh tế 6 tháng đầu năm 2025 tăng trưởng cao

Sáu tháng đầu năm 2025, tổng sản phẩm trên địa bàn tỉnh Bắc Ninh tăng 8,4% so với cùng kỳ.

Đối với khu vực Bắc Giang cũ, tổng sản phẩm ước tăng 12,1%. Kim ngạch xuất khẩu đạt 16,2 tỷ USD, tăng 21,5%. Thu ngân sách đạt 9.420 tỷ đồng.

Toàn tỉnh giải quyết việc làm cho 31.500 lao động; khu vực Bắc Giang cũ đón 1,2 triệu lượt khách. Doanh thu du lịch đạt 4.100 tỷ đồng.`;

describe('a former unit opening its paragraph as the topic', () => {
  it('owns the sentences after its own in that paragraph', () => {
    expect(figureAt(text, '12,1%', opts).locality).toBe('tỉnh Bắc Giang');
    expect(figureAt(text, '16,2 tỷ USD', opts).locality).toBe('tỉnh Bắc Giang');
    expect(figureAt(text, '9.420 tỷ đồng', opts).locality).toBe('tỉnh Bắc Giang');
  });

  it('leaves the next paragraph to the new province', () => {
    expect(figureAt(text, '31.500', opts).locality).toBe('tỉnh Bắc Ninh');
  });

  it('keeps a former unit named inside a sentence to its own clause', () => {
    expect(figureAt(text, '1,2 triệu lượt', opts).locality).toBe('tỉnh Bắc Giang');
    expect(figureAt(text, '4.100 tỷ đồng', opts).locality).toBe('tỉnh Bắc Ninh');
  });
});
