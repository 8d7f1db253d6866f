// "gấp 1,9 lần nhiệm kỳ trước", "tăng 42% so với giai đoạn trước": the term or stretch just before is the previous
// period. A named term ("so với giai đoạn 2016 - 2020") is no previous_period by these words.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-10-20' };

describe('a change against the term or stretch before', () => {
  run([
    ['"gấp 2,1 lần nhiệm kỳ trước" is against the previous period', 'Tổng vốn đầu tư toàn xã hội 5 năm đạt 96.400 tỷ đồng, gấp 2,1 lần nhiệm kỳ trước.', '2,1 lần', { kind: 'change', direction: 'up', base: 'previous_period' }, pub],
    ['"tăng 36% so với giai đoạn trước" is against the previous period', 'Kim ngạch xuất khẩu giai đoạn 2021 - 2025 đạt 12,4 tỷ USD, tăng 36% so với giai đoạn trước.', '36%', { kind: 'change', direction: 'up', base: 'previous_period' }, pub],
  ]);

  it('"gấp 1,6 lần năm 2020" keeps the year', () => {
    expect(figureAt('Thu ngân sách năm 2025 đạt 15.200 tỷ đồng, gấp 1,6 lần năm 2020.', '1,6 lần', pub).base).toBe('2020');
  });

  it('"nhiệm kỳ trước" that is not right after the figure gives it no base', () => {
    expect(figureAt('Thu ngân sách tăng 1,6 lần, vượt xa kết quả của nhiệm kỳ trước.', '1,6 lần', pub).base).toBeUndefined();
  });
});
