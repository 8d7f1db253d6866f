// "CPI tháng 11/2024 tăng 0,41% so với tháng trước; so với tháng 12/2023 tăng 2,95%": a base put before its verb may
// name the end of a year as well as a year. Found probing statistics office releases after holdout14.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

describe('a fronted base at the end of a year', () => {
  it('"so với tháng 12/2023 tăng 2,95%" is against 2023', () => {
    expectFigure('CPI tháng 11/2024 tăng 0,41% so với tháng trước; so với tháng 12/2023 tăng 2,95%.', '2,95%', { kind: 'change', base: '2023' });
  });
  it('"so với cuối năm 2023 giảm 1.203 hộ" is against 2023', () => {
    expectFigure('Năm 2024, toàn tỉnh còn 10.862 hộ nghèo, so với cuối năm 2023 giảm 1.203 hộ.', '1.203', { kind: 'change', direction: 'down', base: '2023' });
  });
  it('a December with no year ("so với tháng 12 tăng 1,2%") is not read as a year', () => {
    const f = figureAt('CPI tháng 1/2025 đạt mức cao; so với tháng 12 tăng 1,2%.', '1,2%');
    expect(f.kind).toBe('change');
    expect(String(f.base)).not.toMatch(/^\d{4}$/);
  });
});
