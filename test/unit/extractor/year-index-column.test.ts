// A table column "So với năm 2023 (%)" beside plan and result columns holds each row's result as a percentage of that
// year's: an attainment whose base is the year, as "bằng 108,4% so với năm 2023" would be in a sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const table = (head: string) => [
  'Thu ngân sách huyện năm 2024 (đơn vị: tỷ đồng):',
  '',
  `Khoản thu | Dự toán | Thực hiện | So với dự toán (%) | ${head}`,
  'Thu thuế ngoài quốc doanh | 52 | 57,4 | 110,4 | 108,6',
  'Thu tiền thuê đất | 12 | 9,8 | 81,7 | 93,2',
].join('\n');

describe('a "So với năm YYYY (%)" column', () => {
  it('gives each row an index against that year', () => {
    const f = figureAt(table('So với năm 2023 (%)'), '93,2');
    expect([f.kind, f.base]).toEqual(['attainment', '2023']);
  });

  it('leaves the plan column beside it measured against the plan', () => {
    const f = figureAt(table('So với năm 2023 (%)'), '81,7');
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('does not read a column that names no year as a year', () => {
    const f = figureAt(table('So với cùng kỳ (%)'), '108,6');
    expect(f.base).toBe('same_period');
  });
});
