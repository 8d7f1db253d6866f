// Herds and a labour index are counted "tại thời điểm 1/7/2025": a stock at that day, so that month, even in a
// half-year release; without the moment the sentence keeps the report's stretch.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Tình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n';

describe('a count at a moment', () => {
  it('dates the herds and their changes by the moment\'s month', () => {
    const text = `${LEAD}Chăn nuôi (thời điểm 1/7/2025, sơ bộ): đàn trâu 248.900 con, giảm 2,6%; đàn bò 432.150 con, tăng 0,8%.`;
    expect(figureAt(text, '248.900').period).toBe('2025-M07');
    expect(figureAt(text, '0,8%').period).toBe('2025-M07');
  });

  it('leaves a herd with no moment in the report\'s half-year', () => {
    const text = `${LEAD}Chăn nuôi phát triển ổn định: đàn trâu 248.900 con, giảm 2,6%.`;
    expect(figureAt(text, '248.900').period).toBe('2025-H1');
  });
});
