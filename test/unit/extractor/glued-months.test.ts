// "tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh ước tăng 11,66%": scraped pages sometimes lose the space between
// the digits and "tháng". The months still date the figure and frame the report, so a quarter named later in the
// paragraph does not date the paragraphs after it. Pattern from a real provincial roundup.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-24' };
const text = [
  'Kinh tế tăng trưởng cao',
  'Theo số liệu thống kê, tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh ước tăng 9,4%, cao nhất nhiều năm trở lại đây. Tính riêng quý III, GRDP ước tăng 10,2%.',
  'Tỉnh đã đón 12,5 triệu lượt khách du lịch, tăng 8% so với cùng kỳ.',
].join('\n\n');

describe('months glued to their digits still date the report', () => {
  it('the figure in their sentence', () => {
    expectFigure(text, '9,4%', { period: '2025-9M' }, pub);
  });
  it('a paragraph after a quarter named in passing goes back to the months', () => {
    expectFigure(text, '12,5 triệu lượt khách', { period: '2025-9M' }, pub);
  });
});

describe('what stays as it was', () => {
  it('the quarter dates its own sentence', () => {
    expectFigure(text, '10,2%', { period: '2025-Q3' }, pub);
  });
});
