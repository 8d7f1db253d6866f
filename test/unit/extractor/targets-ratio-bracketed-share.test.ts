// "có 12/15 (80%) chỉ tiêu đạt và vượt": the ratio's span ends before its bracketed share, but the counted noun and the
// verdict after the bracket are still the ratio's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a count of targets with its share in brackets', () => {
  it('takes the verdict after the bracket', () => {
    const text = 'Năm 2024, thị xã có 17/21 (81%) chỉ tiêu đạt và vượt kế hoạch; 3/21 (14,3%) chỉ tiêu chưa đạt.';
    expect(figureAt(text, '17/21').status).toBe('achieved');
    expect(figureAt(text, '3/21').status).toBe('not_achieved');
  });

  it('a bracketed share of other things gives no verdict', () => {
    const text = 'Năm 2024, thị xã có 17/21 (81%) xã đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '17/21').status).toBeUndefined();
  });
});
