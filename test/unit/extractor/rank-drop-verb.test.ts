// "tụt" is a drop: "xếp thứ 21/63, tụt 6 bậc so với năm 2022" moves the index's rank down by 6, "giá tiêu tụt 2.000
// đồng/kg" moves a price down. A rank itself ("xếp thứ 21/63") stays no figure.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

describe('"tụt" is a drop', () => {
  const text = 'Chỉ số cải cách hành chính năm 2023 của tỉnh đạt 86,02%, xếp thứ 21/63, tụt 6 bậc so với năm 2022.';

  it('"tụt 6 bậc so với năm 2022" is a fall of the rank against 2022', () => {
    expectFigure(text, '6 bậc', { kind: 'change', value: 6, unit: 'bậc', direction: 'down', base: '2022' });
  });

  it('the rank itself is no figure', () => {
    expectNoFigureAt(text, '21/63');
  });

  it('"giá tiêu tụt 2.000 đồng/kg so với tuần trước" is a fall of the price', () => {
    expectFigure('Giá tiêu tụt 2.000 đồng/kg so với tuần trước.', '2.000 đồng/kg', { kind: 'change', direction: 'down' });
  });
});
