// A bare share reached right after an amount ("thu 1.036 tỷ đồng, đạt 42,3%") names no plan; when it is that amount
// over a plan amount stated just before, to its printed precision, it is the share of that plan (an attainment). A
// share that matches no plan amount stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const plan = 'Dự toán thu ngân sách năm 2024 giao cho huyện là 450 tỷ đồng, trong đó thu tiền sử dụng đất 120 tỷ đồng. ';

describe('a bare share that is the amount over a plan stated before', () => {
  it('is an attainment of the plan', () => {
    const text = `${plan}Sáu tháng đầu năm, huyện thu được 198 tỷ đồng, đạt 44%; riêng tiền sử dụng đất thu 30 tỷ đồng, đạt 25%.`;
    for (const needle of ['44%', '25%']) {
      expect(figureAt(text, needle).kind).toBe('attainment');
      expect(figureAt(text, needle).base).toBe('target');
    }
  });

  it('stays a level when the arithmetic matches no plan', () => {
    const text = `${plan}Sáu tháng đầu năm, huyện thu được 198 tỷ đồng, đạt 52%.`;
    expect(figureAt(text, '52%').kind).toBe('level');
  });
});
