// A plan's value beside a running total is the year's plan ("(KH 6.525 tỷ đồng)"), unless the words after it say the
// plan is for a part of the year ("… cho 6 tháng đầu năm"), which then dates it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế 6 tháng đầu năm 2026\n\n';

describe("a plan's own stretch", () => {
  it('a plan said to be for the first half keeps the half', () => {
    const text = `${HEAD}Trong 6 tháng đầu năm 2026, toàn tỉnh giải ngân 3.412 tỷ đồng (KH 6.525 tỷ đồng cho 6 tháng đầu năm).`;
    expect(figureAt(text, '6.525 tỷ đồng', { published: '2026-07-06' }).period).toBe('2026-H1');
  });

  it('a plan with no stretch of its own is the year’s', () => {
    const text = `${HEAD}Trong 6 tháng đầu năm 2026, toàn tỉnh giải ngân 3.412 tỷ đồng (KH 6.525 tỷ đồng).`;
    expect(figureAt(text, '6.525 tỷ đồng', { published: '2026-07-06' }).period).toBe('2026');
  });
});
