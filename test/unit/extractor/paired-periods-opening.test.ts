// "Trong quý III và tháng 9, bối cảnh …": a paragraph opened by two periods joined with "và" sets neither as the period
// of the paragraphs after it; the report's own frame (its headline's nine months) goes on. One period opening a
// paragraph still does.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-07' };
const headline = 'Kinh tế 9 tháng tăng trưởng khá\n\n';

describe('two periods joined at the head of a paragraph', () => {
  it('leave the headline\'s frame to the paragraphs after', () => {
    const text = `${headline}Trong quý III và tháng 9, tỉnh chịu ảnh hưởng của hai cơn bão, gây thiệt hại cho sản xuất.\n\nTổng mức bán lẻ hàng hóa ước đạt 96.200 tỷ đồng.`;
    expectFigure(text, '96.200 tỷ đồng', { period: '2025-9M' }, opts);
  });
  it('while a single period opening a paragraph dates those after it', () => {
    const text = `${headline}Trong quý III, tỉnh chịu ảnh hưởng của hai cơn bão, gây thiệt hại cho sản xuất.\n\nTổng mức bán lẻ hàng hóa ước đạt 33.100 tỷ đồng.`;
    expectFigure(text, '33.100 tỷ đồng', { period: '2025-Q3' }, opts);
  });
});
