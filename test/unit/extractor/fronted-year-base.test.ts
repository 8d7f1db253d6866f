// "So với mùa khô năm 2020, năm nay diện tích lúa thiệt hại giảm gần 80%": a year base that opens the clause (or the
// quote inside it) is the base of the change after it. "So với cùng kỳ năm 2023, …" stays the same period, and "So
// với kế hoạch năm 2024, …" the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a year base that opens its clause', () => {
  it('"So với mùa khô năm 2020, … giảm gần 80%" is measured against 2020', () => {
    const f = figureAt('So với mùa khô năm 2020, năm nay diện tích lúa thiệt hại giảm gần 80%.', '80%');
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'down', '2020']);
  });

  it('inside a quote after "cho biết:"', () => {
    const text = 'Ông Trần Văn Lâu, Chủ tịch UBND tỉnh, cho biết: “So với mùa khô năm 2020, năm nay diện tích lúa thiệt hại giảm gần 80%, nhờ dự báo sớm”.';
    expect(figureAt(text, '80%').base).toBe('2020');
  });

  it('"So với cùng kỳ năm 2023, …" is still the same period', () => {
    expect(figureAt('So với cùng kỳ năm 2023, số vụ tai nạn giao thông giảm 9 vụ.', '9 vụ').base).toBe('same_period');
  });

  it('"So với kế hoạch năm 2024, …" names no year base', () => {
    expect(figureAt('So với kế hoạch năm 2024, thu ngân sách vượt 5%.', '5%').base).not.toBe('2024');
  });
});
