// "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) giảm bình quân 1%/năm": the stretch after "theo chuẩn" names the
// standard the poor are counted by, as "theo chuẩn nghèo đa chiều giai đoạn …" does, not the time the target covers.
// A stretch that follows no standard still dates its figure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch after "theo chuẩn"', () => {
  it('dates nothing: the rate keeps the plan\'s horizon', () => {
    const text = 'Xã Tân Lập đặt mục tiêu đến năm 2030\n\nĐến năm 2030, xã phấn đấu thu nhập bình quân đầu người đạt 90 triệu đồng; tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026 - 2030) còn dưới 1%.';
    expect(figureAt(text, '1%', { published: '2025-09-10' }).period).toBe('2030');
  });

  it('without the standard, a stretch still dates its figure', () => {
    const text = 'Xã Tân Lập\n\nGiai đoạn 2021 - 2025, xã giải quyết việc làm cho 2.400 lao động.';
    expect(figureAt(text, '2.400', { published: '2025-09-10' }).period).toBe('2021/2025');
  });
});
