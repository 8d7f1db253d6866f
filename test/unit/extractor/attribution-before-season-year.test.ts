// "Theo Sở Nông nghiệp và Môi trường, vụ Xuân 2025 toàn tỉnh gieo cấy …. Riêng huyện Đức Thọ năng suất đạt 66,5 tạ/ha": a
// season with its year opening its sentence after who reports it dates the later sentences of its paragraph, as a crop
// year after an attribution does (attribution-before-season); a season met mid-sentence after other words still dates
// its own sentence only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-27' };
const head = '(Baohatinh.vn) - Quý II/2025, giá trị sản xuất nông, lâm nghiệp và thuỷ sản của tỉnh ước tăng 4,2% so với cùng kỳ, cao hơn mức tăng của quý I (2,7%).\n\n';

describe('a season with its year after an attribution', () => {
  it('dates the next sentence of its paragraph', () => {
    const text = head + 'Theo Sở Nông nghiệp và Môi trường, vụ Xuân 2025 toàn tỉnh gieo cấy 57.850 ha lúa; năng suất bình quân ước đạt 61,2 tạ/ha; sản lượng ước đạt 354.000 tấn, cao nhất từ trước đến nay. Riêng huyện Đức Thọ năng suất đạt 66,5 tạ/ha, đứng đầu toàn tỉnh.';
    expect(figureAt(text, '57.850 ha', opts).period).toBe('2025');
    expect(figureAt(text, '66,5 tạ/ha', opts).period).toBe('2025');
  });

  it('but a season mid-sentence after other words dates its own sentence only', () => {
    const text = head + 'Sản xuất nông nghiệp ổn định, trong đó diện tích lúa vụ Xuân 2025 đạt 57.850 ha. Tổng đàn lợn ước đạt 362.000 con.';
    expect(figureAt(text, '362.000', opts).period).toBe('2025-Q2');
  });
});
