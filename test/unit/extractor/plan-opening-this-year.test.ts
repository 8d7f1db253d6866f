// "Kế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 228.000 ha": a plan noun opening the sentence with a season or year named
// by "năm nay" heads its clause as "Kế hoạch vụ Hè Thu 2024," does: the figures are targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-22' };

describe('a plan opening its sentence with "năm nay"', () => {
  it('makes the sown area a target', () => {
    const text = 'Ngành nông nghiệp đã chỉ đạo xuống giống sớm.\n\nKế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 215.000 ha lúa.';
    expect(figureAt(text, '215.000 ha', opts).modality).toBe('target');
  });

  it('what was done this year, with no plan noun, stays actual', () => {
    const text = 'Vụ Hè Thu năm nay, toàn tỉnh đã gieo sạ 41.650 ha lúa.';
    expect(figureAt(text, '41.650 ha', opts).modality).toBe('actual');
  });
});
