// "xếp thứ 16/34 địa phương trong cả nước": a rank out of the country's provinces uses the country as a yardstick, as
// "đứng thứ 9 cả nước" does; it does not make an unnamed province's figure national. A count of provinces across the
// country ("Cả nước có 20/34 địa phương …") is national.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2026-01-10' };

describe('a rank out of the country\'s provinces', () => {
  it('"xếp thứ 16/34 địa phương trong cả nước" leaves the figure without the country', () => {
    const text = 'Kinh tế năm 2025\n\nNăm 2025, tốc độ tăng trưởng GRDP của tỉnh đạt 7,9%, xếp thứ 16/34 địa phương trong cả nước.';
    expect(figureAt(text, '7,9%', pub).locality).toBeUndefined();
  });

  it('a count of provinces across the country is national', () => {
    const text = 'Kinh tế năm 2025\n\nCả nước có 20/34 địa phương đạt tốc độ tăng trưởng GRDP từ 8% trở lên.';
    expect(figureAt(text, '20/34', pub).locality).toBe('cả nước');
  });
});
