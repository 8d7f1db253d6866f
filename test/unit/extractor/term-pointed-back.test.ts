// "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 – 2023 đạt 6.445 tỷ đồng. Tốc độ tăng trưởng kinh tế bình quân hàng năm
// giai đoạn này đạt 7,83%": "giai đoạn này", "nhiệm kỳ này", "giai đoạn trên" point back at the stretch named last.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-14' };

describe('a stretch pointed back at', () => {
  it('"giai đoạn này" is the stretch named before', () => {
    const text = 'Tổng vốn đầu tư toàn xã hội giai đoạn 2021 – 2023 đạt 6.445 tỷ đồng. Tốc độ tăng trưởng kinh tế bình quân hàng năm giai đoạn này đạt 7,83%.';
    expect(figureAt(text, '7,83%', opts).period).toBe('2021/2023');
  });

  it('"nhiệm kỳ này" is the term named before', () => {
    const text = 'Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 xác định nhiều chỉ tiêu. Trong nhiệm kỳ này, xã phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.';
    expect(figureAt(text, '1,5%/năm', { published: '2025-08-10' }).period).toBe('2025/2030');
  });

  it('with no stretch named before, it dates nothing of its own', () => {
    const text = 'Năm 2024, trong giai đoạn này, huyện thu ngân sách đạt 320 tỷ đồng.';
    expect(figureAt(text, '320 tỷ đồng', opts).period).toBe('2024');
  });
});
