// "Thủy sản đạt 249.762 tấn", "thủy sản nuôi trồng 120.000 tấn": the sector named as the subject of a tonnage is the
// fishery output; processed or exported fish ("Thủy sản đông lạnh: 21.730 tấn", "Xuất khẩu thủy sản đạt 12.000 tấn")
// and other goods in a list of factory products are not.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-12-20' };
const grain = 'Sản lượng lương thực có hạt đạt 845.000 tấn. ';

describe('fish named as a sector before its tonnage', () => {
  it('"Thủy sản đạt … tấn" is fishery output, not the grain named before', () => {
    expectFigure(`${grain}Thủy sản đạt 96.400 tấn.`, '96.400 tấn', { indicator: 'aquaculture_output' }, opts);
  });
  it('"thủy sản nuôi trồng … tấn" is fishery output, not rice', () => {
    expectFigure('Sản lượng lúa đạt 610.000 tấn; thủy sản nuôi trồng 48.000 tấn.', '48.000 tấn', { indicator: 'aquaculture_output' }, opts);
  });
  it('frozen fish in a list of factory products is not', () => {
    const text = 'Sản lượng thủy sản đạt 96.400 tấn.\n\nSản phẩm công nghiệp chủ yếu: thủy sản đông lạnh 7.250 tấn; gạo xay xát 86.000 tấn.';
    expectFigure(text, '7.250 tấn', { indicator: undefined }, opts);
    expectFigure(text, '86.000 tấn', { indicator: undefined }, opts);
  });
  it('nor is the tonnage exported', () => {
    expectFigure(`${grain}Xuất khẩu thủy sản đạt 12.300 tấn.`, '12.300 tấn', { indicator: undefined }, opts);
  });
});
