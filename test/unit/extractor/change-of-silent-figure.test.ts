// "Sản lượng dừa ước đạt 540 triệu trái, tăng 2,1%" in an article about exports: a change right after a figure of its
// clause is that figure's change; when the figure measures nothing the lexicon knows (a crop in fruit, a price, a
// product in a list), the change takes no indicator from the paragraphs before. Seen in 28 unscored figures across
// dev and holdout folders (export_value, cpi, industrial_output_value, aquaculture_output carried over); a level in
// the same unit or an attainment right after such a figure is its as well (11 more).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const exports = 'Kim ngạch xuất khẩu 9 tháng ước đạt 1,2 tỷ USD, tăng 8%.\n\n';

describe('a change after a figure that measures nothing named takes no topic', () => {
  it('"540 triệu trái, tăng 2,1%" is not export growth', () => {
    const text = `${exports}Sản lượng dừa ước đạt 540 triệu trái, tăng 2,1%.`;
    expect(figureAt(text, '2,1%').indicator).toBeUndefined();
  });
  it('a price and its rise are not aquaculture output', () => {
    const text = 'Sản lượng thủy sản đạt 38.650 tấn.\n\nGiá sầu riêng đầu vụ là 75.000 đồng/kg, cao hơn cùng kỳ từ 15 - 20%.';
    expect(figureAt(text, '15 - 20%').indicator).toBeUndefined();
  });
  it('a level in the same unit after it, or an attainment, is its too', () => {
    const rooms = 'Khách du lịch đạt 2,1 triệu lượt, tăng 12%.\n\nCông suất sử dụng buồng phòng bình quân đạt 62%, mùa cao điểm có thời điểm lên tới 95%.';
    expect(figureAt(rooms, '95%').indicator).toBeUndefined();
    const ids = 'Tỷ lệ điều tra khám phá án đạt 92%.\n\nToàn tỉnh thu nhận hồ sơ định danh điện tử cho 642.530 công dân, đạt 104,2% chỉ tiêu Bộ Công an giao.';
    expect(figureAt(ids, '104,2%').indicator).toBeUndefined();
  });
  it('a change after a figure with an indicator keeps it', () => {
    const text = `${exports}Kim ngạch nhập khẩu ước đạt 305 triệu USD, giảm 4,1%.`;
    expect(figureAt(text, '4,1%').indicator).toBe('import_value');
  });
  it('a bare change with no figure before it in its clause still takes the paragraph topic', () => {
    const text = 'Chỉ số giá tiêu dùng (CPI) tháng 11 tăng 0,28% so với tháng trước; bình quân 11 tháng tăng 3,71% so với cùng kỳ.';
    expect(figureAt(text, '3,71%').indicator).toBe('cpi');
  });
});
