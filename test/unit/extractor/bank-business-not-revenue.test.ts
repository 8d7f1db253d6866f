// A bank's business in a district report ("các ngân hàng … thu nợ 184,2 tỷ đồng và huy động 54,5 tỷ đồng") is no budget
// revenue, whatever the paragraph spoke of before. Revenue named as such stays revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2022-07-11' };
const TEXT = 'Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 30,9 tỷ đồng. Trong 6 tháng, các ngân hàng đã thực hiện doanh số cho vay 197,6 tỷ đồng, nâng tổng số dư nợ lên 713 tỷ đồng, tăng 3,2% so với cuối năm 2021, thu nợ 184,2 tỷ đồng và huy động 54,5 tỷ đồng.';

describe('a bank\'s business after budget revenue', () => {
  it('debts recovered and deposits raised are no budget revenue', () => {
    expect(figureAt(TEXT, '184,2 tỷ đồng', OPTS).indicator).toBeUndefined();
    expect(figureAt(TEXT, '54,5 tỷ đồng', OPTS).indicator).toBeUndefined();
  });

  it('the revenue before them stays revenue', () => {
    expect(figureAt(TEXT, '30,9 tỷ đồng', OPTS).indicator).toBe('budget_revenue');
  });
});
