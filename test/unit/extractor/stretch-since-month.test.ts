// "Từ ngày 1/7/2025 đến ngày 30/9/2025, phường thu ngân sách 48,6 tỷ đồng": the new communes and wards report from the
// 1 July 2025 reorganisation, so a stretch starts after January: a quarter, the second half, a month, else the year.
// Found probing post-merger reports (holdout15 session).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch "từ ngày 1/M đến ngày D/M/YYYY"', () => {
  it('1/7 to 30/9 is the third quarter', () => {
    const text = 'Từ ngày 1/7/2025 đến ngày 30/9/2025, phường An Hội thu ngân sách 48,6 tỷ đồng, đạt 52% dự toán.';
    expect(figureAt(text, '48,6', { published: '2025-10-05' }).period).toBe('2025-Q3');
  });
  it('1/7 to 31/12 is the second half', () => {
    const text = 'Từ ngày 1/7 đến ngày 31/12/2025, xã Tân Phú thu ngân sách 12 tỷ đồng.';
    expect(figureAt(text, '12 tỷ', { published: '2026-01-05' }).period).toBe('2025-H2');
  });
  it('from 1 January it is still the months elapsed', () => {
    const text = 'Từ ngày 1/1/2025 đến ngày 30/9/2025, tỉnh thu ngân sách 12.000 tỷ đồng.';
    expect(figureAt(text, '12.000', { published: '2025-10-05' }).period).toBe('2025-9M');
  });
  it('a stretch from another year is not read as this year\'s part', () => {
    const text = 'Từ ngày 1/7/2024 đến ngày 30/9/2025, tỉnh thu ngân sách 12.000 tỷ đồng.';
    expect(figureAt(text, '12.000', { published: '2025-10-05' }).period).not.toBe('2025-Q3');
  });
});
