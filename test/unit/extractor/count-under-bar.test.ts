// "14/52 chủ đầu tư có tỷ lệ giải ngân dưới 50%, trong đó có 5 đơn vị dưới 30%": the percentages are the bars the
// counted units fell under, not results; the counts are the figures. A share the counted things make up stays one.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a bar after counted units', () => {
  it('"có tỷ lệ … dưới X%" and "có N đơn vị dưới X%" name bars', () => {
    const text = 'Còn 14/52 chủ đầu tư có tỷ lệ giải ngân dưới 50%, trong đó có 5 đơn vị dưới 30%.';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['14/52 chủ đầu tư', '5 đơn vị']);
  });

  it('a share after a comma is the counted things\' own', () => {
    const text = 'Toàn tỉnh còn 120 hộ nghèo, chiếm dưới 2% tổng số hộ.';
    expect(figureAt(text, '2%').bound).toBe('under');
  });
});
