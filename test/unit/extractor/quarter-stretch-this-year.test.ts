// "Thu ngân sách trên địa bàn đạt 386,5 tỷ đồng, bằng 81,2% dự toán; riêng từ ngày 1/7 đến 30/9, phường thu 112,7 tỷ
// đồng" (a new ward's 9-month report of 2025): a stretch from the first day of a quarter's first month to its last day,
// written without its year, is that quarter of the page's year, as "từ ngày 1/7/2025 đến ngày 30/9/2025" is. A cut-off
// with no opening day ("đến 30/9") still sums the months from January.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };

describe('"từ ngày 1/7 đến 30/9" with no year', () => {
  it('is the third quarter of the page\'s year', () => {
    const text = 'Thu ngân sách 9 tháng\n\n9 tháng năm 2025, xã thu ngân sách đạt 46,2 tỷ đồng; riêng từ ngày 1/7 đến 30/9, xã thu 15,8 tỷ đồng.';
    expect(figureAt(text, '15,8 tỷ đồng', OPTS).period).toBe('2025-Q3');
  });
});

describe('a cut-off day alone', () => {
  it('sums the months from January', () => {
    const text = 'Thu ngân sách 9 tháng\n\nTính đến 30/9, xã thu ngân sách đạt 46,2 tỷ đồng.';
    expect(figureAt(text, '46,2 tỷ đồng', OPTS).period).toBe('2025-9M');
  });
});
