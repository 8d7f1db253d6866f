// "tổng thu ngân sách năm 2025 (bao gồm số thu của các đơn vị cũ trong 6 tháng đầu năm) ước đạt 152,4 tỷ đồng": a period
// inside a bracket that says what the figure includes dates no figure. Pattern from holdout15 (a ward formed mid-year).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-20' };

describe('a period inside an inclusion aside', () => {
  it('does not date the figure after the bracket', () => {
    const text = 'Tổng thu ngân sách năm 2025 (bao gồm số thu của các đơn vị cũ trong 6 tháng đầu năm) ước đạt 152,4 tỷ đồng.';
    expect(figureAt(text, '152,4', opts).period).toBe('2025');
  });
  it('is not carried to the next sentence', () => {
    const text = 'Tổng thu ngân sách năm 2025 (kể cả số thu 6 tháng đầu năm của các xã cũ) ước đạt 152,4 tỷ đồng. Trong đó, thu tiền sử dụng đất 41,7 tỷ đồng.';
    expect(figureAt(text, '41,7', opts).period).toBe('2025');
  });
  it('a period in a bracket that is not an aside still dates what follows in its sentence', () => {
    const text = 'Báo cáo năm 2025 cho biết (trong 6 tháng đầu năm) thu ngân sách đạt 152,4 tỷ đồng.';
    expect(figureAt(text, '152,4', opts).period).toBe('2025-H1');
  });
});
