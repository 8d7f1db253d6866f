// "Tổng giá trị sản xuất ước đạt 6.284 tỷ đồng, …, trong đó nông, lâm nghiệp, thủy sản 1.126 tỷ đồng": a part named after
// "trong đó" in the total's own clause is its sector's output value. Without "trong đó" a second figure of the total
// keeps the total.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Xã Xuân Trường tổng kết năm 2025\n\n';

describe('a sector after "trong đó" in the total\'s clause', () => {
  it('farming after "trong đó" is the agricultural output value', () => {
    const text = `${HEAD}Tổng giá trị sản xuất ước đạt 6.284 tỷ đồng, tăng 8,9% so với năm 2024, trong đó nông, lâm nghiệp, thủy sản 1.126 tỷ đồng.`;
    expect(figureAt(text, '1.126 tỷ đồng').indicator).toBe('agricultural_output_value');
  });

  it('the change of the total right after it stays the total', () => {
    const text = `${HEAD}Tổng giá trị sản xuất ước đạt 6.284 tỷ đồng, tăng 8,9% so với năm 2024, trong đó nông, lâm nghiệp, thủy sản 1.126 tỷ đồng.`;
    expect(figureAt(text, '8,9%').indicator).toBe('total_output_value');
  });
});
