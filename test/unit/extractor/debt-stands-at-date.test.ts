// Tax briefs give what is still owed at a date: "Đến ngày 30/9/2023, tổng số nợ thuế trên địa bàn là 7,85 tỷ đồng". A
// debt stands at its date (the month), where taxes collected to the same date are summed from January.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-10-05' };
const HEAD = 'Thu hồi nợ thuế cuối năm\n\n';

describe('a debt at a date', () => {
  it('tax debt "Đến ngày 30/9/2023" stands at September', () => {
    const text = `${HEAD}Đến ngày 30/9/2023, tổng số nợ thuế trên địa bàn huyện Krông Pắc là 7,85 tỷ đồng.`;
    expect(figureAt(text, '7,85 tỷ đồng', OPTS).period).toBe('2023-M09');
  });

  it('taxes collected to the same date are the nine months', () => {
    const text = `${HEAD}Đến ngày 30/9/2023, tổng số thuế thu được trên địa bàn huyện Krông Pắc là 70,5 tỷ đồng.`;
    expect(figureAt(text, '70,5 tỷ đồng', OPTS).period).toBe('2023-9M');
  });
});
