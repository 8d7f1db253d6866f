// "đến ngày 30/9 đạt trên 70% kế hoạch, đến hết năm đạt 100% kế hoạch": "đến hết năm" closes the whole year, as "đến
// cuối năm" does, not the months of the cut-off before it. "đến hết năm 2023" names its year and stays a plain year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-08' };

describe('"đến hết năm" after a cut-off', () => {
  it('dates the aim after it by the whole year', () => {
    const text = 'UBND tỉnh yêu cầu các chủ đầu tư phấn đấu giải ngân đến ngày 30/9 đạt trên 65% kế hoạch, đến hết năm đạt 100% kế hoạch vốn.';
    expect(figureAt(text, '65%', opts).period).toBe('2024-9M');
    expect(figureAt(text, '100%', opts).period).toBe('2024');
  });
  it('leaves "đến hết năm 2023" its named year', () => {
    const text = 'Tỷ lệ hộ nghèo đến hết năm 2023 còn 3,2%.';
    expect(figureAt(text, '3,2%', opts).period).toBe('2023');
  });
});
