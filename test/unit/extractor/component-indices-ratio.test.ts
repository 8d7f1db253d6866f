// A ratio of an index's components counts indices: "tăng điểm ở 6/10 chỉ số thành phần", "có 5/8 chỉ số nội dung tăng
// điểm" ("chỉ số" is a counted noun: index-parts-counted.test.ts). A day or a month before "chỉ số giá" is a date.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('a ratio of component indices', () => {
  it('"ở 6/10 chỉ số thành phần" is a ratio counted in "chỉ số"', () => {
    expectFigure('So với năm 2023, tỉnh tăng điểm ở 6/10 chỉ số thành phần.', '6/10', { kind: 'ratio', value: 6, of: 10, unit: 'chỉ số' });
  });

  it('"có 5/8 chỉ số nội dung tăng điểm" too', () => {
    expectFigure('Trong PAPI 2024, tỉnh có 5/8 chỉ số nội dung tăng điểm.', '5/8', { kind: 'ratio', value: 5, of: 8, unit: 'chỉ số' });
  });

  it('"Tháng 9/2024 chỉ số giá tiêu dùng …" and "ngày 6/8 chỉ số …" are dates', () => {
    expectNoFigureAt('Tháng 9/2024 chỉ số giá tiêu dùng tăng 0,3% so với tháng trước.', '9/2024');
    expectNoFigureAt('Đến ngày 6/8 chỉ số giá vàng giảm mạnh.', '6/8');
  });
});
