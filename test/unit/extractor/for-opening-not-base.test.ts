// "với" opening a sentence is "for" ("Với năm 2024, …", "Với Tết Dương lịch 2024, thưởng bình quân …"): the period after
// it dates the sentence. After a figure, "với" still compares ("bằng 92% với năm 2023").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-03-12' };

describe('"với" opening a sentence', () => {
  it('dates the sentence by the period after it', () => {
    const text = 'Thu hút đầu tư\n\nTrong quý I, tỉnh cấp mới 6 dự án. Với năm 2024, tỉnh đã thu hút 35 dự án với tổng vốn 12.400 tỷ đồng.';
    expect(figureAt(text, '35 dự án', OPTS).period).toBe('2024');
  });

  it('after a figure it still names what is compared with', () => {
    const text = 'Thu hút đầu tư\n\nQuý I năm 2025, tỉnh thu hút 9 dự án, tăng 3 dự án với cùng kỳ năm 2024.';
    expect(figureAt(text, '9 dự án', OPTS).period).toBe('2025-Q1');
  });
});
