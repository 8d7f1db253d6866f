// "Tỉnh khuyến cáo nuôi tôm … ở mật độ 250 - 300 con/m2": a density the authorities advise is a rule of practice, not a
// result. A density farmers reached, with no advice in the sentence, is still read.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Cà Mau: giá tôm tăng cao\n\n';

describe('an advised stocking density', () => {
  it('the density the province advises is no figure', () => {
    const text = `${HEAD}Tỉnh khuyến cáo nuôi tôm siêu thâm canh ở mật độ 250 - 300 con/m2. Sản lượng tôm ước đạt 452.000 tấn.`;
    expectNoFigureAt(text, '300 con/m2');
  });

  it('a density farmers stocked at stays a figure', () => {
    const text = `${HEAD}Năm 2025, nông dân thả nuôi với mật độ bình quân 300 con/m2.`;
    expect(figureAt(text, '300 con/m2').unit).toBe('con/m2');
  });
});
