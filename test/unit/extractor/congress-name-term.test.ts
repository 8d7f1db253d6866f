// "Theo báo cáo trình Đại hội Đảng bộ Sở … lần thứ I, nhiệm kỳ 2025 - 2030, … có 6 chỉ tiêu đạt và vượt": the term is the
// name of the congress that reports, opening that year; the results reported are of the term just run. A congress that
// adopts its targets in the same sentence still dates them with its term. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-12' };

describe('a term that names the congress reporting', () => {
  it('dates the results in its sentence as the term just run', () => {
    const text = 'Theo báo cáo trình Đại hội Đảng bộ Sở Y tế lần thứ I, nhiệm kỳ 2025 - 2030, trong 9 chỉ tiêu ngành được giao có 8 chỉ tiêu đạt và vượt.';
    const f = figureAt(text, '8 chỉ tiêu', opts);
    expect([f.period, f.modality]).toEqual(['2020/2025', 'actual']);
  });

  it('still dates the targets the congress adopts in that sentence', () => {
    const text = 'Đại hội Đảng bộ Sở Y tế lần thứ I, nhiệm kỳ 2025 - 2030 đã thông qua Nghị quyết với 12 chỉ tiêu chủ yếu.';
    const f = figureAt(text, '12 chỉ tiêu', opts);
    expect([f.period, f.modality]).toEqual(['2025/2030', 'target']);
  });
});
