// "Tổng vốn đầu tư toàn xã hội 5 năm 2026 - 2030 khoảng 1,35 triệu tỷ đồng": five years named by their span are that
// stretch, as "giai đoạn 2026 - 2030" is. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-21' };

describe('"5 năm" named by its span', () => {
  it('dates the sum to that stretch', () => {
    const text = 'Mục tiêu nhiệm kỳ 2025 - 2030\n\nĐến năm 2030, GRDP bình quân đầu người đạt 260 triệu đồng. Tổng vốn đầu tư toàn xã hội 5 năm 2026 - 2030 khoảng 1,35 triệu tỷ đồng.';
    expect(figureAt(text, '1,35 triệu tỷ', opts).period).toBe('2026/2030');
  });

  it('"5 năm" followed by a year alone is no stretch', () => {
    const text = 'Sau 5 năm 2020 là năm đầu tiên tỉnh thu ngân sách vượt 10.000 tỷ đồng.';
    expect(figureAt(text, '10.000 tỷ đồng', opts).period).not.toBe('2020/2025');
  });
});
