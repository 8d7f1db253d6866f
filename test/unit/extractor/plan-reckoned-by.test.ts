// "Tính theo kế hoạch tỉnh giao, tỷ lệ giải ngân mới đạt 57,1%": a sentence that opens on the plan it reckons by makes
// the rate after it a share of that plan, as "So với kế hoạch …," does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan the sentence reckons by', () => {
  it('makes the rate an attainment', () => {
    const f = figureAt('Tính theo kế hoạch HĐND tỉnh giao, tỷ lệ giải ngân đạt 48,2%.', '48,2%');
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('is not read into a plan the sentence only cites', () => {
    const f = figureAt('Theo kế hoạch, đến năm 2026 tỷ lệ che phủ rừng đạt 45%.', '45%', { published: '2025-03-01' });
    expect(f.kind).toBe('level');
  });
});
