// "Bà Rịa - Vũng Tàu 108,7 triệu USD": a word that names things by number ("tàu", "đường", "khu", "cầu") right
// before an amount of money does not make the amount a name; "tàu 108" and "đường 30/4" still are names.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('money after a word that names things by number', () => {
  it('is still a figure', () => {
    const text = 'Tiếp đến là Bắc Giang 159,5 triệu USD; Bà Rịa - Vũng Tàu 108,7 triệu USD.';
    expect(figureAt(text, '108,7 triệu USD').value).toBe(108.7e6);
  });
  it('a boat or a street named by its number is not', () => {
    expectNoFigureAt('Tàu 108 của ngư dân cập cảng an toàn.', '108');
    expectNoFigureAt('Lễ hội diễn ra trên đường 30/4 của thành phố.', '30/4');
  });
});
