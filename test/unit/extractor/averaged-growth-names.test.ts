// Targets of a congress written with "bình quân": "tốc độ tăng GRDP bình quân … đạt 10%/năm" is a growth rate, not GRDP
// per head; "Ngân sách trên địa bàn tăng bình quân 7%" is revenue raised there, not growth of the economy.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-04' };

describe('averaged growth named with "bình quân"', () => {
  it('"tốc độ tăng GRDP bình quân" is GRDP growth', () => {
    expectFigure('Phấn đấu tốc độ tăng GRDP bình quân giai đoạn 2026 - 2030 đạt 9,5%/năm.', '9,5%', { indicator: 'grdp_growth' }, opts);
  });
  it('"GRDP bình quân" before money is still GRDP per head', () => {
    expectFigure('Phấn đấu đến năm 2030, GRDP bình quân đạt 7.200 USD.', '7.200 USD', { indicator: 'grdp_per_capita' }, opts);
  });
  it('"Ngân sách trên địa bàn" is budget revenue, not the growth named before it', () => {
    const text = 'Tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm. Ngân sách trên địa bàn tăng bình quân 8%.';
    expectFigure(text, '8%', { indicator: 'budget_revenue' }, opts);
  });
  it('spending on the territory stays spending', () => {
    expectFigure('Chi ngân sách trên địa bàn đạt 9.100 tỷ đồng.', '9.100 tỷ đồng', { indicator: 'budget_expenditure' }, opts);
  });
});
