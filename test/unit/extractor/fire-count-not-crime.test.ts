// Fires counted in a police report after its crime tally ("Toàn tỉnh xảy ra 21 vụ cháy") are no crimes, nor cleared
// cases: the word "cháy" in the count's own words says what it counts. The crime tally before keeps its id.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('fires after a crime tally', () => {
  it('take no crime id', () => {
    const text = 'Năm 2024, tội phạm về trật tự xã hội xảy ra 312 vụ, đã điều tra làm rõ 281/312 vụ. Toàn tỉnh xảy ra 21 vụ cháy, thiệt hại tài sản khoảng 8 tỷ đồng.';
    const opts = { published: '2024-12-20' };
    expect(figureAt(text, '21 vụ', opts).indicator).toBeUndefined();
  });

  it('leave the crime tally its id', () => {
    const text = 'Năm 2024, tội phạm về trật tự xã hội xảy ra 312 vụ, giảm 14 vụ so với năm 2023.';
    expect(figureAt(text, '312', { published: '2024-12-20' }).indicator).toBe('crime');
  });
});
