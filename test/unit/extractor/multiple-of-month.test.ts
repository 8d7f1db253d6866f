// "gấp 1,8 lần tháng 8": a multiple followed by a month is measured against that month, as "so với tháng 8" is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a month right after a multiple', () => {
  it('is the base of the multiple, the month before', () => {
    const text = 'Trong tháng 9/2025, kim ngạch xuất khẩu của tỉnh đạt 320 triệu USD, gấp 1,8 lần tháng 8.';
    const f = figureAt(text, '1,8 lần');
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'up', 'previous_period']);
  });

  it('"tháng trước" after a multiple is the month before too', () => {
    const text = 'Tháng 10/2024, lượng khách đến tỉnh đạt 95.000 lượt, gấp 1,3 lần tháng trước.';
    expect(figureAt(text, '1,3 lần').base).toBe('previous_period');
  });

  it('a month with its year after a multiple is no month just before', () => {
    const text = 'Tháng 8/2025, doanh thu du lịch đạt 540 tỷ đồng, gấp 1,5 lần tháng 8 năm 2024.';
    expect(figureAt(text, '1,5 lần').base).not.toBe('previous_period');
  });

  it('a percentage followed by a month keeps no month base', () => {
    const text = 'Tỷ lệ lao động thất nghiệp 2,1% tháng 8, thấp hơn quý trước.';
    expect(figureAt(text, '2,1%').base).toBeUndefined();
  });
});
