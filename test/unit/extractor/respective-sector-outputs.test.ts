// "Giá trị sản xuất các ngành nông, lâm, thủy sản; công nghiệp - xây dựng; dịch vụ lần lượt đạt …, … và …": the sectors
// named one after another before "lần lượt" pair with the amounts after it, in order: farming's is the farm output,
// industry's the industrial output, and trade and services have no output value of their own (not the total's).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-05' };

describe('sectors listed before "lần lượt" under an output value', () => {
  const text = 'Sáu tháng đầu năm 2024, giá trị sản xuất các ngành nông, lâm nghiệp và thủy sản; công nghiệp, xây dựng; thương mại - dịch vụ của huyện lần lượt đạt 1.260 tỷ đồng, 4.870 tỷ đồng và 2.935 tỷ đồng.';

  it('gives each amount its own sector', () => {
    expect(figureAt(text, '1.260 tỷ đồng', opts).indicator).toBe('agricultural_output_value');
    expect(figureAt(text, '4.870 tỷ đồng', opts).indicator).toBe('industrial_output_value');
    expect(figureAt(text, '2.935 tỷ đồng', opts).indicator).toBeUndefined();
  });

  it('reads a sector named in the measure itself as the first of the list', () => {
    const t = 'Năm 2023, giá trị sản xuất nông nghiệp, công nghiệp và dịch vụ lần lượt đạt 980 tỷ đồng, 3.450 tỷ đồng và 2.100 tỷ đồng.';
    expect(figureAt(t, '980 tỷ đồng', opts).indicator).toBe('agricultural_output_value');
    expect(figureAt(t, '3.450 tỷ đồng', opts).indicator).toBe('industrial_output_value');
  });

  it('leaves amounts of one sector over several stretches to that sector', () => {
    const t = 'Giá trị sản xuất công nghiệp quý I và quý II lần lượt đạt 2.340 tỷ đồng và 2.610 tỷ đồng.';
    expect(figureAt(t, '2.610 tỷ đồng', opts).indicator).toBe('industrial_output_value');
  });
});
