// "Đến ngày 30/6, thị xã giải ngân 41,5% kế hoạch vốn, phấn đấu đến ngày 31/12/2025 giải ngân 100%": the year-end
// deadline dates the aim after it (the year), not the half-year the cut-off before it in the sentence named.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-12' };
const text = 'Đến ngày 30/6, thị xã giải ngân 41,5% kế hoạch vốn đầu tư công, phấn đấu đến ngày 31/12/2025 giải ngân đạt 100% kế hoạch vốn.';

describe('a year-end deadline after a half-year cut-off in one sentence', () => {
  it("dates the aim after it by the deadline's year", () => {
    expect(figureAt(text, '100%', opts).period).toBe('2025');
  });

  it('leaves the cut-off its own figure', () => {
    expect(figureAt(text, '41,5%', opts).period).toBe('2025-H1');
  });
});
