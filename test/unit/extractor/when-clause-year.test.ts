// A council chair weighs next year's target against this year's result in one sentence: "mục tiêu tăng trưởng 8 - 8,5%
// là rất cao khi năm 2025 tỉnh chỉ đạt 6,2%". The year after "khi" dates what its own clause says, not the target before
// it; and what that year brought is a result, not the target the sentence opened on. A year still ahead after "khi"
// is the time the target is set for.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-12-12' };
const text = 'Bế mạc kỳ họp cuối năm\n\nHĐND tỉnh thông qua kế hoạch năm 2026. Chủ tịch HĐND tỉnh cho rằng mục tiêu tăng trưởng 8 - 8,5% là rất cao khi năm 2025 tỉnh chỉ đạt 6,2%.';

describe('a "khi" clause with a year already come', () => {
  it('does not date the target before it', () => {
    expect(figureAt(text, '8 - 8,5%', pub).period).toBe('2026');
  });
  it('makes its own figure a result of that year', () => {
    const f = figureAt(text, '6,2%', pub);
    expect(f.modality).toBe('actual');
    expect(f.period).toBe('2025');
  });
});

describe('a "khi" clause with a year still ahead', () => {
  it('still dates the target before it', () => {
    const t = 'Bế mạc kỳ họp cuối năm\n\nTỉnh phấn đấu tăng trưởng 8,5% khi năm 2026 các dự án lớn đi vào vận hành.';
    expect(figureAt(t, '8,5%', pub).period).toBe('2026');
    expect(figureAt(t, '8,5%', pub).modality).toBe('target');
  });
});
