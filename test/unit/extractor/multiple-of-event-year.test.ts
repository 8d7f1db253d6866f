// "cung cấp hơn 7.200 vị trí việc làm, gấp 1,5 lần ngày hội năm 2025" in a 2026 fair's news: the year after a multiple
// and the event it names only says what the multiple is of. It dates neither the multiple nor the sentence's figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-03-09' };
const HEAD = 'Ngày hội việc làm năm 2026\n\n';

describe('a year after a multiple of an event', () => {
  it('"gấp 1,5 lần ngày hội năm 2025" leaves the sentence in 2026', () => {
    const text = `${HEAD}Ngày hội có 68 doanh nghiệp tham gia, cung cấp hơn 7.200 vị trí việc làm, gấp 1,5 lần ngày hội năm 2025.`;
    expect(figureAt(text, '68', OPTS).period).toBe('2026');
    expect(figureAt(text, '1,5 lần', OPTS).period).toBe('2026');
  });

  it('"2 lần trong năm 2025" names when, and dates its figure', () => {
    const text = `Tình hình năm 2025\n\nThành phố tổ chức 2 lần trong năm 2025 các phiên giao dịch với 1.850 lao động tham gia.`;
    expect(figureAt(text, '1.850', { published: '2025-12-20' }).period).toBe('2025');
  });
});
