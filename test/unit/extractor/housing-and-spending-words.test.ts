// "Tỉnh hoàn thành 2.464 căn nhà ở xã hội", "tổng chi an sinh xã hội tăng trên 12% so với cùng kỳ": social housing is
// not the houses given to poor families (charity_houses), and spending on welfare is not the economy's growth that
// the paragraph named before. Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2026-01-08' };

describe('social housing is no charity house', () => {
  it('"căn nhà ở xã hội" takes no charity_houses', () => {
    expectFigure('Năm 2025, tỉnh hoàn thành 1.964 căn nhà ở xã hội cho người thu nhập thấp.', '1.964 căn nhà', { indicator: undefined }, pub);
  });
  it('"căn nhà đại đoàn kết" keeps it', () => {
    expectFigure('Năm 2025, tỉnh xây tặng 1.964 căn nhà đại đoàn kết cho hộ nghèo.', '1.964 căn nhà', { indicator: 'charity_houses' }, pub);
  });
});

describe('spending after the growth rate is not growth', () => {
  const text = 'Năm 2025, tốc độ tăng trưởng kinh tế đạt 9,2%. Tổng chi an sinh xã hội tăng trên 14% so với cùng kỳ.';
  it('"tổng chi an sinh xã hội tăng 14%" takes no GRDP growth', () => {
    expectFigure(text, '14%', { kind: 'change', indicator: undefined }, pub);
  });
  it('the growth rate keeps it', () => {
    expectFigure(text, '9,2%', { indicator: 'grdp_growth' }, pub);
  });
});
