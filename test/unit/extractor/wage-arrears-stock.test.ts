// Wages owed stand at the date they are counted to, as taxes and insurance owed do: "Tính đến ngày 25/12/2023, … còn 23
// doanh nghiệp nợ lương của 14.600 lao động với tổng số tiền 61 tỷ đồng" is the state at that day's month, not a flow
// summed over the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-28' };

describe('wage arrears at a cut-off date', () => {
  it('the firms, the workers and the sum owed stand at the cut-off month', () => {
    const text = 'Tình hình lao động\n\nTính đến ngày 25/12/2023, trên địa bàn tỉnh còn 17 doanh nghiệp nợ lương của 8.250 lao động với tổng số tiền khoảng 34 tỷ đồng.';
    expect(figureAt(text, '17 doanh nghiệp', OPTS).period).toBe('2023-M12');
    expect(figureAt(text, '8.250 lao động', OPTS).period).toBe('2023-M12');
    expect(figureAt(text, '34 tỷ', OPTS).period).toBe('2023-M12');
  });

  it('a flow counted to the same date is the months elapsed', () => {
    const text = 'Tình hình lao động\n\nTính đến ngày 30/11/2023, toàn tỉnh giải quyết việc làm cho 21.400 lao động.';
    expect(figureAt(text, '21.400 lao động', OPTS).period).toBe('2023-11M');
  });
});
