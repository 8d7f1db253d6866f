// The services sector's part of the output value ("giá trị sản xuất ngành dịch vụ ước đạt hơn 367 tỷ đồng") is not the
// total output value (the spec has no id for it), while a total that lists every sector stays the total.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-16' };

describe('services output value is not the total', () => {
  it('the services sector named after "giá trị sản xuất" has no indicator', () => {
    const text = 'Kinh tế huyện\n\nGiá trị sản xuất ngành công nghiệp - xây dựng ước đạt 510 tỷ đồng; giá trị sản xuất ngành dịch vụ ước đạt hơn 402 tỷ đồng, tăng 12,1% so với cùng kỳ.';
    expect(figureAt(text, '402 tỷ', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '12,1%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '510 tỷ', OPTS).indicator).toBe('industrial_output_value');
  });

  it('so is "thương mại - dịch vụ"', () => {
    const text = 'Kinh tế huyện\n\nGiá trị sản xuất thương mại - dịch vụ đạt 1.020 tỷ đồng.';
    expect(figureAt(text, '1.020 tỷ', OPTS).indicator).toBeUndefined();
  });

  it('a total naming every sector is still the total', () => {
    const text = 'Kinh tế huyện\n\nNăm 2023, tổng giá trị sản xuất các ngành nông nghiệp, công nghiệp, dịch vụ của huyện đạt 5.300 tỷ đồng.';
    expect(figureAt(text, '5.300 tỷ', OPTS).indicator).toBe('total_output_value');
  });
});
