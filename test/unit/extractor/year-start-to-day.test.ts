// "từ đầu năm đến ngày 20-9, tỉnh thu hút 1,52 tỷ USD": a day that closes a stretch from January sums the months to it
// (9M) for the whole paragraph, whatever is summed; the same day alone, with no "từ đầu năm", is a day of the season.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch from the start of the year to a day', () => {
  it('dates its paragraph to the months elapsed', () => {
    const text = 'Phó Chủ tịch UBND tỉnh cho biết, từ đầu năm đến ngày 20-9, tỉnh thu hút 1,52 tỷ USD vốn đầu tư nước ngoài. ' +
      'Trong đó, có 98 dự án cấp mới với tổng vốn đăng ký 712 triệu USD.';
    expect(figureAt(text, '1,52 tỷ USD', { published: '2024-09-26' }).period).toBe('2024-9M');
    expect(figureAt(text, '712 triệu USD', { published: '2024-09-26' }).period).toBe('2024-9M');
  });

  it('a day without the start of the year is no cut-off of a flow', () => {
    const text = 'Đến ngày 20-9, nông dân đã xuống giống 41.500 ha lúa Thu Đông.';
    expect(figureAt(text, '41.500 ha', { published: '2024-09-26' }).period).not.toBe('2024-9M');
  });
});
