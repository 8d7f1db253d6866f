// "Toàn tỉnh … Các thị trường lớn nhất (tăng, giảm so với cùng kỳ):" over item lines "Hàn Quốc: 682.000 (+38,2%)":
// an item line that names no place continues the paragraph of its heading, not the place the headline names.
// Found by holdout14 (Quảng Nam tourism under a Hội An headline).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const headline = 'Hội An đón 2,5 triệu lượt khách\n\n';

describe('list items take the place of their heading', () => {
  it('an item under a heading in a paragraph about the province is the province\'s', () => {
    const text = `${headline}Riêng thành phố Hội An đón 2,46 triệu lượt khách.\n\nToàn tỉnh Quảng Nam có 1.120 cơ sở lưu trú. Doanh thu các ngành (tăng, giảm so với cùng kỳ):\nLưu trú: 1.200 tỷ đồng (+12,5%)\nLữ hành: 800 tỷ đồng (-3,1%)\n`;
    expectFigure(text, '800 tỷ', { value: 800e9, locality: 'tỉnh Quảng Nam' });
    expectFigure(text, '3,1%', { kind: 'change', direction: 'down', locality: 'tỉnh Quảng Nam' });
  });
  it('a heading that names no place hands its items no place from the paragraph before it', () => {
    const text = `${headline}Tại huyện Duy Xuyên, du lịch đón 218.000 lượt khách.\n\nDoanh thu các ngành (tăng, giảm so với cùng kỳ):\nLưu trú: 1.200 tỷ đồng (+12,5%)\nLữ hành: 800 tỷ đồng (-3,1%)\n`;
    expectFigure(text, '800 tỷ', { value: 800e9, locality: 'thành phố Hội An' });
  });
});
