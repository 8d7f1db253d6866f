// "Chỉ tiêu | Năm 2025 | Năm 2024 | Tăng, giảm (%)": tables that print the newest year first still measure the newer
// year against the older; in the usual order the change column reads as before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change column after year columns, newest first', () => {
  it('is the newer year\'s change against the older', () => {
    const text = 'Chỉ tiêu | Năm 2025 | Năm 2024 | Tăng, giảm (%)\nTổng lượt khách (lượt) | 182.400 | 151.300 | +20,6\n';
    const f = figureAt(text, '20,6');
    expect([f.kind, f.period, f.base, f.direction]).toEqual(['change', '2025', '2024', 'up']);
    expect(figureAt(text, '151.300').period).toBe('2024');
  });

  it('oldest first reads the same way', () => {
    const text = 'Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng, giảm (%)\nTổng lượt khách (lượt) | 151.300 | 182.400 | +20,6\n';
    const f = figureAt(text, '20,6');
    expect([f.period, f.base]).toEqual(['2025', '2024']);
  });
});
