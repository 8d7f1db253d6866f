// Last year's same stretch named without its year: "cao hơn mức tăng cùng kỳ năm trước (6,13%)", "cao hơn mức tăng
// 6,13% của cùng kỳ năm trước". The value is that stretch's (2024-H1 in a report on 2025-H1), as it is when the year
// is written ("của cùng kỳ năm 2024").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-07-25' };

describe('the same stretch last year, named without its year', () => {
  it('in a bracket after "cùng kỳ năm trước"', () => {
    const text = 'Kinh tế\n\nTính chung 6 tháng đầu năm 2025, GRDP ước tăng 7,41% so với cùng kỳ năm trước. Mức tăng này cao hơn mức tăng cùng kỳ năm trước (6,02%).';
    expect(figureAt(text, '6,02%', OPTS).period).toBe('2024-H1');
    expect(figureAt(text, '7,41%', OPTS).period).toBe('2025-H1');
  });

  it('after the figure, "của cùng kỳ năm ngoái"', () => {
    const text = 'Kinh tế\n\nTính chung 6 tháng đầu năm 2025, GRDP ước tăng 7,41% so với cùng kỳ, cao hơn mức tăng 6,02% của cùng kỳ năm ngoái.';
    expect(figureAt(text, '6,02%', OPTS).period).toBe('2024-H1');
  });

  it('a change against the same stretch keeps its own period', () => {
    const text = 'Kinh tế\n\nTính chung 6 tháng đầu năm 2025, thu ngân sách đạt 4.120 tỷ đồng, tăng 9,3% so với cùng kỳ năm trước.';
    expect(figureAt(text, '9,3%', OPTS).period).toBe('2025-H1');
  });
});
