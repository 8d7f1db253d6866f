// "Đến ngày 16/1/2023, … đã trao 38.650 suất quà": a flow summed to a day in January covers January alone, which is the
// month "2023-M01" (the spec has no "1M"); a cut-off later in the year still sums the months elapsed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a flow summed to a day in January', () => {
  it('is that January', () => {
    const text = 'Đến ngày 16/1/2023, các cấp, các ngành đã trao 38.650 suất quà Tết cho hộ nghèo.';
    expect(figureAt(text, '38.650', { published: '2023-01-17' }).period).toBe('2023-M01');
  });

  it('sums the months elapsed to a later cut-off', () => {
    const text = 'Đến ngày 31/10/2024, toàn tỉnh giải ngân 2.150 tỷ đồng vốn đầu tư công.';
    expect(figureAt(text, '2.150 tỷ đồng', { published: '2024-11-05' }).period).toBe('2024-10M');
  });
});
