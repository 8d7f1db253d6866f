// "có thêm 12 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030": the stretch names the set of criteria
// communes are judged by, as a poverty standard's stretch does, and dates no figure: the year of the sentence does. A
// stretch named as the time a target covers ("giai đoạn 2026 - 2030 có thêm 40 xã") still dates it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-10' };

describe('the stretch of a set of criteria', () => {
  it('dates nothing', () => {
    const text = 'Năm 2026, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030; tỷ lệ dân cư nông thôn dùng nước sạch đạt 93%.';
    expect(figureAt(text, '93%', opts).period).toBe('2026');
  });
  it('a stretch the target covers still dates it', () => {
    const text = 'Tỉnh phấn đấu giai đoạn 2026 - 2030 có thêm 40 xã đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '40 xã', opts).period).toBe('2026/2030');
  });
});
