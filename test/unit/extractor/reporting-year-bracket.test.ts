// A police year written with its counting stretch in brackets ("năm 2024 (từ ngày 15/12/2023 đến ngày 14/11/2024)")
// is the year named, not the eleven months to the stretch's closing date. A bracketed stretch that opens in the year it
// closes still sums its own months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a year followed by the stretch it is counted over', () => {
  it('is the year when the stretch opens in the December before', () => {
    const text = 'Theo báo cáo của Công an tỉnh, năm 2024 (từ ngày 15/12/2023 đến ngày 14/11/2024), trên địa bàn tỉnh xảy ra 312 vụ phạm pháp hình sự, giảm 18 vụ so với cùng kỳ.';
    expect(figureAt(text, '312', { published: '2024-12-10' }).period).toBe('2024');
    expect(figureAt(text, '18 vụ', { published: '2024-12-10' }).period).toBe('2024');
  });

  it('leaves a stretch that opens in its own year to its months', () => {
    const text = 'Theo báo cáo của Công an tỉnh, năm 2024 (từ ngày 1/1/2024 đến ngày 30/9/2024), trên địa bàn tỉnh xảy ra 312 vụ phạm pháp hình sự, giảm 18 vụ so với cùng kỳ.';
    expect(figureAt(text, '312', { published: '2024-10-10' }).period).not.toBe('2024');
  });
});
