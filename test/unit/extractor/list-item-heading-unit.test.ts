// "Các thị trường lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):" over "Hàn Quốc: 682.000 (+38,2%)": a bare number
// after an item's label is counted in the unit its heading's bracket names, as a table's caption does for its cells.
// Found by holdout14 (Quảng Nam tourism).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('a list item takes the unit its heading names', () => {
  const visitors = 'Các thị trường khách quốc tế lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):\nHàn Quốc: 682.000 (+38,2%)\nMỹ: 214.000 (+12,6%)\n';
  it('"(lượt khách; …)" counts the items in lượt khách', () => {
    expectFigure(visitors, '682.000', { kind: 'level', value: 682000, unit: 'lượt khách' });
    expectFigure(visitors, '214.000', { value: 214000, unit: 'lượt khách' });
  });
  it('"(đơn vị: triệu USD)" gives unit and scale', () => {
    const text = 'Một số mặt hàng xuất khẩu chủ lực (đơn vị: triệu USD):\n- Gạo: 1.320 (+24,6%)\n- Dệt may: 612 (-18,7%)\n';
    expectFigure(text, '612', { value: 612e6, unit: 'USD' });
  });
  it('a heading whose bracket names no unit gives none', () => {
    expectNoFigureAt('Các thị trường khách quốc tế lớn nhất (tăng, giảm so với cùng kỳ):\nHàn Quốc: 682.000 (+38,2%)\n', '682.000');
  });
  it('a label colon in running text takes no unit from a heading far above', () => {
    expectNoFigureAt('Lượt khách theo thị trường (lượt khách):\n\nÔng Lộc cho biết thêm, mã số hồ sơ: 682.000 đã được cấp.\n', '682.000');
  });
});
