// Counted nouns of the sectors the corpora had least: damage after a flood ("7 đập tràn, 3 cầu tạm bị hư hỏng"),
// defendants in a court's tally ("386 bị cáo"), installations ("1.260 hệ thống điện mặt trời mái nhà") and seizures
// weighed in grams ("312 gam heroin"). Found by holdout21/003, 004 and 005.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-10-02' };

describe('counts of weirs, temporary bridges, defendants and installations, and weights in grams', () => {
  it('are figures with the noun as written', () => {
    const flood = 'Mưa lũ làm 7 đập tràn, 3 cầu tạm bị hư hỏng; nước chia cắt cục bộ 18 thôn.';
    expectFigure(flood, '7 đập tràn', { kind: 'level', value: 7, unit: 'đập tràn' }, opts);
    expectFigure(flood, '3 cầu tạm', { unit: 'cầu tạm' }, opts);
    const court = 'Tòa án nhân dân hai cấp đã đưa ra xét xử 298 bị cáo trong 9 tháng.';
    expectFigure(court, '298', { unit: 'bị cáo' }, opts);
    const solar = 'Trong năm có thêm 1.260 hệ thống điện mặt trời mái nhà tự sản, tự tiêu.';
    expectFigure(solar, '1.260', { unit: 'hệ thống' }, opts);
    const drugs = 'Trong tháng, lực lượng chức năng bắt 57 vụ, thu giữ 312 gam heroin.';
    expectFigure(drugs, '312 gam', { unit: 'gam', value: 312 }, opts);
  });
  it('a bridge that is named ("cầu tạm số 3") or a system in a name is no count', () => {
    expectNoFigureAt('Nước lũ cuốn trôi cầu tạm số 3 của xã Hương Trạch.', '3', opts);
    expectNoFigureAt('Công ty vận hành Hệ thống thủy lợi Bắc Nam Hà từ năm 2018.', '2018', opts);
  });
});
