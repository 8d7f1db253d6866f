// "Đến giữa tháng 3/2024, nông dân … đã thu hoạch dứt điểm lúa vụ Đông Xuân 2023 - 2024": the month when a season's
// harvest stood does not frame the page; the season does, so the lead's and the later paragraphs' yields and prices are
// the season's. A monthly report's own month ("Tháng 3/2024, …") still frames it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-22' };

describe('the month a season\'s harvest stood', () => {
  const page = 'Thu hoạch xong lúa Đông Xuân 2023 - 2024\n\n(ABC) - Đến cuối tháng 3/2024, nông dân trong tỉnh đã thu hoạch xong lúa vụ Đông Xuân 2023 - 2024. Năng suất bình quân đạt 7,18 tấn/ha, sản lượng hơn 1,2 triệu tấn.\n\nCác huyện có năng suất cao là huyện Châu Thành 7,6 tấn/ha. Giá lúa tươi dao động 7.500 - 8.000 đồng/kg.';

  it('leaves the season to date the lead', () => {
    expect(figureAt(page, '7,18 tấn/ha', opts).period).toBe('2023/2024');
  });

  it('and the paragraphs after it', () => {
    expect(figureAt(page, '7,6 tấn/ha', opts).period).toBe('2023/2024');
    expect(figureAt(page, '7.500 - 8.000 đồng/kg', opts).period).toBe('2023/2024');
  });

  it('a monthly report\'s own month still frames it', () => {
    const text = 'Tình hình kinh tế tháng 3\n\n(ABC) - Tháng 3/2024, ngành nông nghiệp tiếp tục thu hoạch lúa vụ Đông Xuân 2023 - 2024.\n\nTổng mức bán lẻ hàng hóa trong tháng ước đạt 9.120 tỷ đồng.';
    expect(figureAt(text, '9.120 tỷ đồng', { published: '2024-03-29' }).period).toBe('2024-M03');
  });
});
