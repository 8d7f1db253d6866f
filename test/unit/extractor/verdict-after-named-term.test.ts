// "18/20 chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025 đạt và vượt": the term the targets belong to, named with its years
// between the count and the verdict, does not hide the verdict, as "chỉ tiêu Nghị quyết đạt và vượt" does not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a verdict after the targets\' named term', () => {
  it('is the count\'s status', () => {
    const text = 'Đảng bộ xã An Bình có 18/20 chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025 đạt và vượt, 2 chỉ tiêu chưa đạt.\n';
    expect(figureAt(text, '18/20', { published: '2025-08-10' }).status).toBe('achieved');
    const stretch = 'Huyện có 9/12 chỉ tiêu giai đoạn 2021 - 2025 không đạt do ảnh hưởng của dịch bệnh.\n';
    expect(figureAt(stretch, '9/12', { published: '2025-12-10' }).status).toBe('not_achieved');
  });

  it('gives none when no verdict follows the term', () => {
    const text = 'Đại hội thông qua 20 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 với nhiều chỉ tiêu cao hơn nhiệm kỳ trước.\n';
    expect(figureAt(text, '20 chỉ tiêu', { published: '2025-08-10' }).status).toBeUndefined();
  });
});
