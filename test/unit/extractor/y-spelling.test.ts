// "bác sỹ/vạn dân" is the same rate as "bác sĩ/vạn dân": papers write the syllable both ways. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('"sỹ" spelled for "sĩ"', () => {
  it('reads a rate of doctors written "bác sỹ/vạn dân"', () => {
    expectFigure('Năm 2024, toàn tỉnh đạt 13,5 bác sỹ/vạn dân.', '13,5', { value: 13.5, unit: 'bác sĩ/vạn dân', indicator: 'doctors_per_10k' });
  });
  it('keeps the offsets of the text as written', () => {
    expectFigure('Toàn tỉnh có 36 bác sỹ/vạn dân, tăng 2 bác sỹ.', '36', { text: '36 bác sỹ/vạn dân' });
  });
  it('leaves a name that only contains the letters alone', () => {
    expectNoFigureAt('Ông Nguyễn Văn Sỹ, 52 tuổi, ở xã Mỹ Hòa.', '52');
  });
});
