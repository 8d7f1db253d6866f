// From real CPI pages: "Bình quân 10 tháng CPI tăng 2,48% so với cùng kỳ năm 2018" averages the ten months (10M), the
// index named right after the months; "giảm 0,46% so với tháng 12.2018" is measured against the end of 2018, the month
// and year joined by a dot as some papers write them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2019-10-30' };

describe('the months an index averages', () => {
  it('"Bình quân 10 tháng CPI tăng …" is the ten months', () => {
    const text = 'CPI tháng 10\n\nCPI tháng 10 tăng 0,42% so với tháng trước. Bình quân 10 tháng CPI tăng 2,31% so với cùng kỳ năm 2018.';
    expect(figureAt(text, '2,31%', OPTS).period).toBe('2019-10M');
    expect(figureAt(text, '0,42%', OPTS).period).toBe('2019-M10');
  });
});

describe('the end of a year written with a dot', () => {
  it('"so với tháng 12.2018" is the year 2018', () => {
    const text = 'CPI tháng 10\n\nChỉ số giá USD tăng 0,05% so với tháng 9 và giảm 0,38% so với tháng 12.2018.';
    expect(figureAt(text, '0,38%', OPTS).base).toBe('2018');
    expect(figureAt(text, '0,05%', OPTS).base).toBe('previous_period');
  });
});
