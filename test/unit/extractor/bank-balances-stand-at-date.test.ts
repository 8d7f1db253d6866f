// A bank's balances counted at a date stand at that date, as the credit (dư nợ) does: deposits mobilised ("nguồn vốn
// huy động"), the whole funding of a branch ("tổng nguồn vốn"), bad and overdue debt. What a bank lent over the months
// ("doanh số cho vay") is still the months summed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('bank balances at a date', () => {
  it('deposits, funding and bad debt take the month of the date', () => {
    const text = 'Đến ngày 30/6/2025, tổng nguồn vốn huy động của các ngân hàng trên địa bàn đạt 48.600 tỷ đồng. ' +
      'Đến ngày 30/6/2025, nợ xấu của các ngân hàng trên địa bàn là 512 tỷ đồng.';
    expect(figureAt(text, '48.600', opts).period).toBe('2025-M06');
    expect(figureAt(text, '512', opts).period).toBe('2025-M06');
  });

  it('lending over the months is summed', () => {
    const text = 'Đến ngày 30/6/2025, doanh số cho vay của các ngân hàng trên địa bàn đạt 31.200 tỷ đồng.';
    expect(figureAt(text, '31.200', opts).period).toBe('2025-H1');
  });
});
