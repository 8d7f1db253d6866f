// A sentence that opens on "Lũy kế đến <date>," and says what the place "có" counts what stands at that date (projects
// still valid, their capital), not the months summed to it; one whose first figure follows another verb sums them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('what a place holds at a cumulative cut-off', () => {
  it('dates every level of the sentence to the cut-off month', () => {
    const text = 'Lũy kế đến ngày 31/3/2026, các khu công nghiệp có 2.086 dự án FDI còn hiệu lực với tổng vốn 38,9 tỷ USD; ' +
      'cùng 612 dự án trong nước với tổng vốn 98.470 tỷ đồng.';
    expect(figureAt(text, '2.086').period).toBe('2026-M03');
    expect(figureAt(text, '98.470').period).toBe('2026-M03');
  });

  it('a cumulative sum after another verb stays the months elapsed', () => {
    const text = 'Lũy kế đến ngày 31/3/2026, toàn tỉnh giải ngân 1.250 tỷ đồng vốn đầu tư công, đạt 12,4% kế hoạch.';
    expect(figureAt(text, '1.250 tỷ đồng').period).toBe('2026-Q1');
  });
});
