// "phấn đấu đến ngày 30/6/2024 giải ngân đạt trên 45% và đến hết năm 2024 giải ngân 100% kế hoạch": "hết năm 2024" is
// the whole year, not the half the sentence named first.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-06-05' };

describe('the end of a year beside an earlier date of it', () => {
  it('dates by the whole year', () => {
    const text = 'Các chủ đầu tư phấn đấu đến ngày 30/6/2024 giải ngân đạt trên 50% và đến hết năm 2024 giải ngân 100% kế hoạch.';
    expect(figureAt(text, '100%', opts).period).toBe('2024');
  });

  it('leaves a plain year beside a month of it to the month', () => {
    const text = 'Đến ngày 31/5/2024, tổng vốn đầu tư công năm 2024 đã giải ngân 820 tỷ đồng.';
    expect(figureAt(text, '820 tỷ đồng', opts).period).toBe('2024-5M');
  });
});
