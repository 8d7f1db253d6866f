// "lần lượt là 44.500 căn giai đoạn 2021 - 2025 và 51.500 căn giai đoạn 2026 - 2030": a stretch written right after a
// figure, closing its item, dates that figure, over a longer stretch the sentence named before. A stretch that goes on
// into more words is not the figure's own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-11-20', locality: 'tỉnh Long An' };

describe('a stretch right after a figure', () => {
  it('dates that figure', () => {
    const text = 'Giai đoạn 2021 - 2030, tỉnh phải trồng 9.000 ha rừng, lần lượt là 4.000 ha giai đoạn 2021 - 2025 và 5.000 ha giai đoạn 2026 - 2030.';
    expect(figureAt(text, '4.000 ha', OPTS).period).toBe('2021/2025');
    expect(figureAt(text, '5.000 ha', OPTS).period).toBe('2026/2030');
  });

  it('not when it opens a longer phrase', () => {
    const text = 'Năm 2024, tỉnh trồng 1.200 ha rừng giai đoạn 2021 - 2025 của kế hoạch đã hoàn thành 80%.';
    expect(figureAt(text, '1.200 ha', OPTS).period).toBe('2024');
  });
});
