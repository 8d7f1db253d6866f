// Under "Chỉ số IIP 10 tháng của các ngành công nghiệp cấp I (tăng, giảm so với cùng kỳ):", the lines "- Khai khoáng:
// (-4,2%)" give the index of each section, as "ngành khai khoáng giảm 4,2%" does in prose. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-30', locality: 'tỉnh Bình Dương' };

describe('sections of the IIP listed one a line', () => {
  it('a section\'s signed change under a heading naming the index is the index\'s', () => {
    const text = 'Chỉ số IIP 10 tháng của các ngành công nghiệp cấp I (tăng, giảm so với cùng kỳ):\n- Khai khoáng: (-4,2%)\n' +
      '- Công nghiệp chế biến, chế tạo: +9,9%';
    expectFigure(text, '4,2%', { indicator: 'industrial_production_index', direction: 'down' }, opts);
    expectFigure(text, '9,9%', { indicator: 'industrial_production_index', direction: 'up' }, opts);
  });

  it('the same lines under a heading on output value keep the output value', () => {
    const text = 'Giá trị sản xuất công nghiệp 10 tháng (tăng, giảm so với cùng kỳ):\n- Khai khoáng: (-4,2%)';
    expectFigure(text, '4,2%', { indicator: 'industrial_output_value' }, opts);
  });
});
