// Papers spell round amounts before a scale word: "gần một triệu lượt khách", "hơn hai nghìn tỷ đồng". They are figures
// as the same amounts in digits would be; money spelled in millions of đồng is what one receives, and "một tỷ lệ" is a
// rate's name.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('an amount whose number is written in words', () => {
  it('visitors and a revenue in words are figures', () => {
    const text = 'Dịp nghỉ lễ, thành phố đón gần một triệu lượt khách, doanh thu du lịch ước đạt hơn hai nghìn tỷ đồng.';
    const visitors = figureAt(text, 'một triệu');
    expect(visitors.value).toBe(1_000_000);
    expect(visitors.unit).toBe('lượt khách');
    expect(visitors.bound).toBe('nearly');
    expect(figureAt(text, 'hai nghìn').value).toBe(2e12);
  });

  it('tonnes in words are figures', () => {
    const text = 'Năm 2024, sản lượng lúa của tỉnh đạt ba triệu tấn.';
    expect(figureAt(text, 'ba triệu').value).toBe(3_000_000);
  });

  it('a gift in millions of đồng and a rate\'s name are not', () => {
    const text = 'Mỗi hộ được hỗ trợ hai triệu đồng; một tỷ lệ nhỏ hộ dân chưa nhận.';
    expectNoFigureAt(text, 'hai triệu');
    expectNoFigureAt(text, 'một tỷ lệ');
  });
});
