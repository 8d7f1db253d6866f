// "giảm 50% số hộ nghèo": a change in per cent of the count named right after it changes that count (poor
// households), not the poverty rate; a rate that falls by per cent ("tỷ lệ hộ nghèo giảm 0,5%") stays the rate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change in per cent of a count named after it', () => {
  it('measures the count', () => {
    const text = 'Năm 2026, phường phấn đấu giảm 50% số hộ nghèo theo chuẩn Thành phố.';
    expect(figureAt(text, '50%').indicator).toBe('poor_households');
  });

  it('a rate named before the change stays the rate', () => {
    const text = 'Năm 2025, tỷ lệ hộ nghèo của tỉnh giảm 0,5% so với năm 2024.';
    expect(figureAt(text, '0,5%').indicator).toBe('poverty_rate');
  });
});
