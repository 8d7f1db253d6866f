// "Các thị trường khách quốc tế lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):" over "Hàn Quốc: 682.000 lượt khách
// (+38,2%)": the heading says what the list counts (international visitors); the unit its bracket names is no topic of
// its own. Found by holdout14 (Quảng Nam tourism).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const lead = 'Sáu tháng đầu năm 2024, tỉnh đón 4,72 triệu lượt khách.\n\n';

describe('a list heading names the kind its items count', () => {
  it('a signed change under "(lượt khách; …)" measures the heading\'s international visitors', () => {
    const text = `${lead}Các thị trường khách quốc tế lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):\nHàn Quốc: 682.000 lượt khách (+38,2%)\nMỹ: 214.000 lượt khách (+12,6%)\n`;
    expectFigure(text, '38,2%', { kind: 'change', indicator: 'international_tourist_arrivals', base: 'same_period' });
    expectFigure(text, '214.000', { value: 214000, unit: 'lượt khách', indicator: 'international_tourist_arrivals' });
  });
  it('a line read as an item that names its own visitors keeps them', () => {
    const text = `${lead}Các thị trường khách quốc tế lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):\nHàn Quốc: 682.000 (+38,2%)\nÔng Lộc cho biết: "Cả năm 2024, tỉnh phấn đấu đón 8,4 triệu lượt khách."\n`;
    expectFigure(text, '8,4 triệu', { value: 8.4e6, indicator: 'tourist_arrivals' });
  });
  it('a heading that names no narrower kind leaves all visitors', () => {
    const text = `${lead}Các điểm đến đông khách nhất (lượt khách; tăng, giảm so với cùng kỳ):\nMỹ Sơn: 218.000 lượt khách (+18,5%)\nCù Lao Chàm: 96.000 lượt khách (-4,1%)\n`;
    expectFigure(text, '218.000', { value: 218000, indicator: 'tourist_arrivals' });
  });
  it('a unit named outside a bracket still gives the paragraph its topic', () => {
    const text = `${lead}Lượt khách đến các điểm tham quan tăng mạnh:\nMỹ Sơn: 218.000 lượt khách (+18,5%)\n`;
    expectFigure(text, '18,5%', { kind: 'change', indicator: 'tourist_arrivals' });
  });
});
