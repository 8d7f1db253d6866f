// "5/6 chỉ tiêu kế hoạch được giao đạt và vượt", "8/10 chỉ tiêu chuyên môn đạt": which plan the targets belong to and
// that they were set from above stand between the count and its verdict; the verdict is still the count's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a targets count with plan words before its verdict', () => {
  it('takes the verdict after "kế hoạch được giao" or "chuyên môn"', () => {
    const text = 'Năm 2025, ngành y tế tỉnh Lai Châu có 9/11 chỉ tiêu kế hoạch được giao đạt và vượt, 2/11 chỉ tiêu chuyên môn chưa đạt.';
    expect(figureAt(text, '9/11').status).toBe('achieved');
    expect(figureAt(text, '2/11').status).toBe('not_achieved');
  });

  it('takes no verdict when none is written after the plan words', () => {
    const text = 'Năm 2025, ngành y tế tỉnh Lai Châu có 9/11 chỉ tiêu kế hoạch được giao về khám chữa bệnh.';
    expect(figureAt(text, '9/11').status).toBeUndefined();
  });
});
