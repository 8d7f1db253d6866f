// "Thanh Hà - 12/02/2025 11:05 GMT+7" under a national outlet's headline: the author's name and the time of posting.
// A name that is also a district's says who wrote the page, not where its figures belong.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a byline with the date posted', () => {
  it('gives the page no place', () => {
    const text = 'Giải ngân vốn đầu tư công cả năm đạt 85%\n\nThanh Hà - 12/02/2025 11:05 GMT+7\n\n' +
      'Cả nước giải ngân 575.000 tỷ đồng vốn đầu tư công kế hoạch năm 2024, đạt 85% kế hoạch Thủ tướng Chính phủ giao.\n\n' +
      'Vốn ngân sách địa phương giải ngân 398.000 tỷ đồng.';
    expect(figureAt(text, '398.000 tỷ đồng', { published: '2025-02-12' }).locality).toBe('cả nước');
  });

  it('leaves a dateline that names a place after the date', () => {
    const text = 'Tin kinh tế\n\n12/02/2025 11:05 - Thanh Hà\n\nHuyện giải ngân 398 tỷ đồng vốn đầu tư công, đạt 85% kế hoạch.';
    expect(figureAt(text, '398 tỷ đồng', { published: '2025-02-12' }).locality).toBe('huyện Thanh Hà');
  });
});
