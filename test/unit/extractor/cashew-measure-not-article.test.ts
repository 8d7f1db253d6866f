// "Diện tích cây lâu năm 312.000 ha, trong đó điều 95.400 ha": "điều" is the cashew crop when a measure follows its
// number; "Điều 12 Luật Đất đai" names a law's article and stays no figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('"điều" before a number', () => {
  it('is the cashew crop when the number carries a measure', () => {
    const text = 'Diện tích cây lâu năm toàn huyện 312.000 ha, trong đó điều 95.400 ha, cao su 160.200 ha; sản lượng điều ước đạt 118.600 tấn.';
    const f = figureAt(text, '95.400', { published: '2023-10-02' });
    expect(f.value).toBe(95400);
    expect(f.unit).toBe('ha');
  });

  it("names a law's article otherwise", () => {
    expectNoFigureAt('Theo Điều 12 Luật Đất đai năm 2024, huyện thu hồi đất để làm đường.', '12', { published: '2024-09-02' });
  });
});
