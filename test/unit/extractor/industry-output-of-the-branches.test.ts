// "Giá trị sản xuất các ngành công nghiệp và xây dựng tăng 9,2%": the output of industry named with "các ngành" or
// "khu vực" before it is industrial output, not the total output value.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the output of the industrial branches', () => {
  it('is industrial output value', () => {
    expect(figureAt('Giá trị sản xuất các ngành công nghiệp và xây dựng tăng 8,7%.', '8,7%').indicator).toBe('industrial_output_value');
    expect(figureAt('Giá trị sản xuất khu vực công nghiệp - xây dựng đạt 4.120 tỷ đồng.', '4.120').indicator).toBe('industrial_output_value');
  });

  it('the output of all branches is the total', () => {
    expect(figureAt('Giá trị sản xuất các ngành kinh tế tăng 7,1%.', '7,1%').indicator).toBe('total_output_value');
  });
});
