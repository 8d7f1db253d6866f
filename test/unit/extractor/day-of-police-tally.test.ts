// A holiday's police review singles out its busiest day: "Riêng ngày 1/5, lực lượng CSGT xử lý 428 trường hợp, cao nhất
// trong kỳ nghỉ". A day opening a sentence over what the police dealt with, seized or arrested that day dates it by its
// month, as "Riêng ngày 2/5, các khu du lịch đón 35.000 lượt" does (day-opens-daily-tally). Found by holdout82/007.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-05-04' };
const lead = 'Trong 4 ngày nghỉ lễ (từ ngày 30/4 đến 3/5/2026), lực lượng chức năng xử lý 1.426 trường hợp vi phạm.\n\n';

describe('a day opening a police tally', () => {
  it('dates what was dealt with that day by its month', () => {
    expectFigure(lead + 'Riêng ngày 1/5, lực lượng CSGT xử lý 428 trường hợp, cao nhất trong kỳ nghỉ.', '428', { period: '2026-M05' }, opts);
  });
  it('and what was seized', () => {
    expectFigure(lead + 'Riêng ngày 2/5, Công an tỉnh bắt giữ 6 đối tượng, thu giữ 120 gam heroin.', '6 đối tượng', { period: '2026-M05' }, opts);
  });
  it('the day of a meeting that reviews the holiday still dates nothing', () => {
    expectFigure(lead + 'Ngày 4/5, Công an tỉnh họp báo cho biết đã xử lý 1.426 trường hợp.', '1.426 trường hợp.', { period: '2026-Q2' }, opts);
  });
});
