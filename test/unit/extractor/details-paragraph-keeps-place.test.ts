// A paragraph that opens on "Trong đó," or "Cụ thể," details the paragraph before it, so the place that paragraph
// spoke of still holds ("Trà Vinh có GRDP tăng 13,93%." then "Trong đó, giá trị sản xuất nông nghiệp tăng 2,75%").
// Any other new paragraph goes back to the article's own place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-04-14' };
const article = (opening: string) => `Trong quý I/2024, GDP cả nước tăng 5,66% so với cùng kỳ.

Sóc Trăng là địa phương có GRDP tăng 9,1%, cao thứ tư khu vực.

${opening} giá trị sản xuất công nghiệp tăng 12,4% so với cùng kỳ.`;

describe('a paragraph that details the one before', () => {
  it('"Trong đó," keeps the place of the paragraph before', () => {
    expect(figureAt(article('Trong đó,'), '12,4%', opts).locality).toBe('tỉnh Sóc Trăng');
  });

  it('"Cụ thể," too', () => {
    expect(figureAt(article('Cụ thể,'), '12,4%', opts).locality).toBe('tỉnh Sóc Trăng');
  });

  it('a paragraph that opens otherwise goes back to the article\'s place', () => {
    expect(figureAt(article('Cũng trong quý I,'), '12,4%', opts).locality).toBe('cả nước');
  });
});
