// "IIP tháng 5 ước tăng 6,4% so với cùng kỳ. Trong đó, ngành chế biến, chế tạo tăng 5,9%": a sentence that opens by
// detailing the one before ("Trong đó,", "Cụ thể,") goes on in the month that one named, though a month in the middle of
// a sentence dates only that sentence; a sentence that does not open so returns to the report's frame.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-06-05' };
const text = 'Kinh tế tỉnh 5 tháng đầu năm 2024\n\nChỉ số sản xuất công nghiệp tháng 5 ước tăng 5,8% so với cùng kỳ. Trong đó, ngành khai khoáng tăng 3,3% so với cùng kỳ. Ngành sản xuất và phân phối điện 5 tháng tăng 4,1%. Thu ngân sách đạt 2.150 tỷ đồng.';

describe('a detail of the sentence before', () => {
  it('"Trong đó, …" after a month named mid-sentence takes that month', () => {
    expectFigure(text, '3,3%', { period: '2024-M05' }, pub);
  });
  it('a sentence that does not detail the one before keeps the report\'s frame', () => {
    expectFigure(text, '2.150 tỷ đồng', { period: '2024-5M' }, pub);
  });
});
