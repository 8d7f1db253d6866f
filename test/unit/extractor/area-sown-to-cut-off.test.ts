// The area sown or harvested by a date is summed over the months to it, a flow: "đến ngày 30-9, tổng diện tích gieo
// trồng toàn huyện là 77 ngàn ha" is 9 months of sowing, as its attainment beside it is; the total area a park or a
// forest holds at that date stays a stock at the date's month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-04' };

describe('area sown to a cut-off date', () => {
  it('the area sown takes the months elapsed, like its attainment', () => {
    const text = 'Kinh tế huyện\n\nTheo UBND huyện, ước tính đến ngày 30-9, tổng diện tích gieo trồng toàn huyện là 52,4 ngàn ha, đạt 98,6% kế hoạch.';
    expect(figureAt(text, '52,4 ngàn ha', OPTS).period).toBe('2024-9M');
    expect(figureAt(text, '98,6%', OPTS).period).toBe('2024-9M');
  });

  it('so does the area harvested', () => {
    const text = 'Nông nghiệp\n\nĐến ngày 30/9/2024, tổng diện tích thu hoạch lúa của huyện đạt 18.300 ha.';
    expect(figureAt(text, '18.300 ha', OPTS).period).toBe('2024-9M');
  });

  it('the area an industrial park holds stays at the date\'s month', () => {
    const text = 'Khu công nghiệp\n\nĐến ngày 30/9/2024, các khu công nghiệp có tổng diện tích 1.240 ha, tỷ lệ lấp đầy 71%.';
    expect(figureAt(text, '1.240 ha', OPTS).period).toBe('2024-M09');
  });
});
