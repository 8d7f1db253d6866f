// "Chỉ số tiêu thụ tháng 9 so với tháng trước tăng 5,4%": a month named right before its comparison dates the change,
// as "tháng 9 tăng …" does, over a running total named elsewhere in the report.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-05' };

describe('a month named before "so với"', () => {
  it('dates the change after it', () => {
    const text = 'Chín tháng năm 2023, sản xuất công nghiệp tiếp tục phục hồi. Chỉ số tiêu thụ tháng 9 so với tháng trước tăng 5,4%.';
    expect(figureAt(text, '5,4%', opts).period).toBe('2023-M09');
  });

  it('a date\'s month is no period', () => {
    const text = 'Chín tháng năm 2023, sản xuất công nghiệp tiếp tục phục hồi. Đến ngày 30 tháng 9 so với đầu năm, dư nợ tăng 5,4%.';
    expect(figureAt(text, '5,4%', opts).period).not.toBe('2023-M09');
  });
});
