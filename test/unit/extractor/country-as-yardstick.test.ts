// "tăng 7,5%, đứng thứ 9 cả nước", "cao nhất cả nước": the country is what a province is ranked or compared in. An
// article that never names its province is not a national one because of it; one that speaks of the country itself is.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-20' };

describe('the country as a yardstick', () => {
  it('a rank in the country does not make an unnamed province\'s figure national', () => {
    expectFigure('Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2024 tăng 7,5%, đứng thứ 9 cả nước.', '7,5%', { locality: undefined }, opts);
    expectFigure('Năm 2024, GRDP của tỉnh tăng 9,2%, cao nhất cả nước.', '9,2%', { locality: undefined }, opts);
    expectFigure('Tính chung 9 tháng, GRDP của tỉnh ước tăng 7,31%, xếp thứ 23/34 tỉnh, thành phố trên cả nước.', '7,31%', { locality: undefined }, opts);
  });
  it('the country as the subject is still national', () => {
    expectFigure('Năm 2024, GDP cả nước tăng 7,09%, thuộc nhóm cao nhất khu vực.', '7,09%', { locality: 'cả nước' }, opts);
    expectFigure('Cả nước có 1.200 xã đạt chuẩn nông thôn mới nâng cao.', '1.200', { locality: 'cả nước' }, opts);
  });
});

describe('a place ranked ahead', () => {
  it('"(sau thành phố Huế)" after a rank is no place of the figure', () => {
    const text = 'Tốc độ tăng trưởng GRDP 9 tháng của tỉnh ước tăng 8,61%, đứng thứ 2 tiểu vùng Bắc Trung Bộ (sau thành phố Huế).';
    expectFigure(text, '8,61%', { locality: undefined }, opts);
  });
  it('a place that is the subject after "sau" in time is still one', () => {
    expectFigure('Sau sáp nhập, tỉnh Nghệ An có 130 xã, phường.', '130', { locality: 'tỉnh Nghệ An' }, { published: '2025-08-01' });
  });
});
