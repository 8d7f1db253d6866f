// After a paragraph that says revenues "tăng trưởng mạnh", a bare change of flights or passengers ("Các chuyến bay nội
// địa tăng 70%") must not take the economy's growth from that word: traffic and visitors grow, not the GRDP.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-02-04' };
const page = [
  'Du lịch dịp Tết',
  'Doanh thu của nhiều địa phương cũng tăng trưởng mạnh.',
  'Khánh Hòa đạt doanh thu 1.246 tỷ đồng. Các chuyến bay quốc tế đến Cam Ranh tăng 38%, lượng hành khách qua cảng tăng 21%.',
].join('\n\n');

describe('flights and passengers growing are no GRDP growth', () => {
  it('flights', () => {
    expectFigure(page, '38%', { indicator: undefined }, pub);
  });
  it('passengers', () => {
    expectFigure(page, '21%', { indicator: undefined }, pub);
  });
});

describe('the economy\'s growth', () => {
  it('is still read after the same paragraph', () => {
    expectFigure(`${page}\n\nTăng trưởng kinh tế của tỉnh quý I ước đạt 9,2%.`, '9,2%', { indicator: 'grdp_growth' }, pub);
  });
});
