// "tăng 8% so với Tết năm trước": the same holiday a year earlier is the same period, as the same season is; a change
// against a named year keeps that year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday a year earlier as the base', () => {
  it('"so với Tết năm trước" is same_period', () => {
    const text = 'Các doanh nghiệp đã dự trữ hàng Tết trị giá hơn 2.100 tỷ đồng, tăng 8% so với Tết năm trước.';
    expect(figureAt(text, '8%', { published: '2025-01-22' }).base).toBe('same_period');
  });

  it('"so với năm 2024" stays a year', () => {
    const text = 'Các doanh nghiệp đã dự trữ hàng hóa trị giá hơn 2.100 tỷ đồng, tăng 8% so với năm 2024.';
    expect(figureAt(text, '8%', { published: '2025-01-22' }).base).toBe('2024');
  });
});
