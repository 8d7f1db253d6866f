// "Lũy kế từ năm 2021 đến nay, toàn tỉnh đã hoàn thành 21.860 căn": what was done from a past year to the page's day
// covers those years, as a "giai đoạn" does. A past year without "đến nay" ("từ năm 2021, tỉnh …") is no stretch.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-14', locality: 'tỉnh Bắc Ninh' };

describe('from a past year to now', () => {
  it('covers the years to the page\'s', () => {
    const text = 'Từ năm 2022 đến nay, tỉnh đã xây dựng 38 km đường giao thông nông thôn.';
    expect(figureAt(text, '38 km', OPTS).period).toBe('2022/2025');
  });

  it('not a year without "đến nay"', () => {
    const text = 'Năm 2025, tỉnh xây dựng 12 km đường, nâng tổng số từ năm 2021 lên 50 km.';
    expect(figureAt(text, '12 km', OPTS).period).toBe('2025');
  });
});
