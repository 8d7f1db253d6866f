// "IIP tháng 11 tăng 5,3% so với cùng kỳ. Trong đó, so với cùng kỳ năm trước, ngành chế biến, chế tạo tăng 4,4%, ngành
// khai khoáng tăng 16%": a breakdown sentence may open on "Trong đó," and then on its base. The base measures every
// change of the sentence that states none, as it does when the sentence opens on it directly. Pattern from real
// statistics-office industry pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-12-06' };

describe('"Trong đó, so với …," opening a breakdown gives its changes that base', () => {
  it('the same period a year before', () => {
    const text = 'Chỉ số sản xuất công nghiệp tháng 11 tăng 7,2%. Trong đó, so với cùng kỳ năm trước, ngành chế biến, chế tạo tăng 8,1%, ngành khai khoáng giảm 2,3%.';
    expectFigure(text, '8,1%', { base: 'same_period' }, pub);
    expectFigure(text, '2,3%', { base: 'same_period' }, pub);
  });
  it('"Cụ thể, so với tháng trước, …" is the month before', () => {
    const text = 'Giá lúa tiếp tục tăng. Cụ thể, so với tháng trước, lúa thường tăng 3,2%, lúa chất lượng cao tăng 4,1%.';
    expectFigure(text, '4,1%', { base: 'previous_period' }, pub);
  });
});

describe('what gets no base', () => {
  it('a breakdown that names no base', () => {
    const text = 'Chỉ số sản xuất công nghiệp tháng 11 tăng 7,2% so với cùng kỳ. Trong đó, ngành chế biến, chế tạo tăng 8,1%.';
    expectFigure(text, '8,1%', { base: undefined }, pub);
  });
});
