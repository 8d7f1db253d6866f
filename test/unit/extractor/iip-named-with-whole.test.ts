// "IIP toàn ngành công nghiệp giảm 13,82%": the index named by its abbreviation, then the whole industry it covers, is
// the industrial production index, not the industry's output value.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"IIP toàn ngành công nghiệp"', () => {
  it('is the industrial production index', () => {
    const text = 'Tính chung 9 tháng năm 2023, IIP toàn ngành công nghiệp của tỉnh giảm 13,82% so với cùng kỳ.';
    expect(figureAt(text, '13,82%', { published: '2023-10-02' }).indicator).toBe('industrial_production_index');
  });

  it('"giá trị sản xuất ngành công nghiệp" stays the output value', () => {
    const text = 'Tính chung 9 tháng năm 2023, giá trị sản xuất ngành công nghiệp của tỉnh tăng 8,2% so với cùng kỳ.';
    expect(figureAt(text, '8,2%', { published: '2023-10-02' }).indicator).toBe('industrial_output_value');
  });
});
