// "Chị Nguyễn Thị Lan (34 tuổi, phường Vĩnh Hải) có con trai 7 tuổi đang nằm điều trị. “Cháu sốt cao 3 ngày, … bác sĩ
// cho nhập viện ngay. Khu trọ nhà tôi có 6 phòng thì 4 phòng có người bệnh”, chị Lan kể.": a quotation that opens a
// sentence is said by whoever the sentence before was about, so it goes on with that sentence's story; after a report
// it stays a report. Found by holdout21/002 (a dengue bulletin with a mother's story).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-08-14' };

describe('a quotation opening a sentence', () => {
  it('goes on with a villager\'s story before it', () => {
    const text = 'Chị Nguyễn Thị Lan (34 tuổi, phường Vĩnh Hải) có con trai 7 tuổi đang nằm điều trị tại khoa Nhi. “Cháu sốt cao 3 ngày, bác sĩ cho nhập viện ngay. Khu trọ nhà tôi có 6 phòng thì 4 phòng có người bệnh”, chị Lan kể.';
    expectNoFigureAt(text, '6 phòng', opts);
    expectNoFigureAt(text, '4 phòng', opts);
  });
  it('after a report it stays a report', () => {
    const text = 'Năm 2024, toàn tỉnh ghi nhận 3.412 ca mắc sốt xuất huyết. “Tỉnh đã cấp bổ sung 4,2 tỷ đồng cho công tác phòng, chống dịch”, Giám đốc Sở Y tế cho biết.';
    expectFigure(text, '4,2 tỷ đồng', { kind: 'level', unit: 'VND' }, opts);
  });
});
