// "So với cùng kỳ, sản lượng lúa tăng 12,4%, ngô giảm 2,5%, khoai lang tăng 3%": farm reports run a row of crops after
// the first one's output. A clause that opens on another crop is that crop's output, which the spec gives no id (rice
// keeps rice_output, shrimp is aquaculture output), not the rice output carried from before. Pattern from real
// provincial statistics pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-10-30' };

describe('a clause that opens on another crop takes that crop\'s output, not the one carried along the row', () => {
  it('changes after commas: "…, ngô giảm 2,5%, khoai lang tăng 3%"', () => {
    const text = 'Sản lượng lúa cả năm tăng 4,4% so với năm trước, ngô giảm 2,5%, khoai lang tăng 3%.';
    expectFigure(text, '4,4%', { indicator: 'rice_output' }, pub);
    expectFigure(text, '2,5%', { indicator: undefined, direction: 'down' }, pub);
    expectFigure(text, '3%', { indicator: undefined, direction: 'up' }, pub);
  });
  it('levels after semicolons, with the change that follows each', () => {
    const text = 'Sản lượng lúa ước đạt 212.300 tấn, tăng 1,1%; ngô đạt 35.200 tấn, giảm 2,4%.';
    expectFigure(text, '35.200 tấn', { indicator: undefined }, pub);
    expectFigure(text, '2,4%', { indicator: undefined }, pub);
  });
  it('"trong đó lúa …" under the food output is rice output', () => {
    const text = 'Sản lượng lương thực có hạt đạt 640.000 tấn, trong đó lúa 598.000 tấn, ngô 42.000 tấn.';
    expectFigure(text, '640.000 tấn', { indicator: 'food_output' }, pub);
    expectFigure(text, '598.000 tấn', { indicator: 'rice_output' }, pub);
    expectFigure(text, '42.000 tấn', { indicator: undefined }, pub);
  });
  it('a species of fish or shrimp stays aquaculture output', () => {
    expectFigure('Sản lượng thủy sản đạt 85.000 tấn; trong đó tôm 12.500 tấn.', '12.500 tấn', { indicator: 'aquaculture_output' }, pub);
  });
});

describe('what keeps the output carried along the row', () => {
  it('a clause that opens on no crop', () => {
    expectFigure('Sản lượng lúa đạt 212.300 tấn, cao hơn cùng kỳ 4.100 tấn.', '4.100 tấn', { indicator: 'rice_output' }, pub);
  });
  it('a crop followed by another measure\'s name is not its output', () => {
    expectFigure('Sản lượng lúa đạt 212.300 tấn; lúa diện tích 40.100 ha.', '40.100 ha', { indicator: 'crop_area' }, pub);
  });
  it('a crop that opens a clause under an area, not an output, leaves the area alone', () => {
    expectFigure('Diện tích gieo trồng lúa đạt 40.100 ha, ngô 3.200 ha.', '3.200 ha', { indicator: 'crop_area' }, pub);
  });
});
