// A provincial paper's top bar shows a farm price next to gold, dollar and fuel ("Quế khô: 38.000 đồng/kg"): the whole
// bar is page furniture. A line of farm prices with no market widget beside it is left to the article.
import { describe, it, expect } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const BODY = '\n\nVăn Yên: Cây quế giữ vững vị thế\n\nToàn huyện Văn Yên hiện có 54.600 ha quế.';

describe('a farm price among market widgets', () => {
  it('the farm price in a bar of gold, dollar and fuel is no figure', () => {
    const text = `Giá vàng SJC: 76,98 triệu đồng/lượng | USD: 25.458 | Xăng RON 95: 22.960 đồng/lít | Quế khô: 38.000 đồng/kg${BODY}`;
    expectNoFigureAt(text, '38.000 đồng/kg');
    expectNoFigureAt(text, '22.960 đồng/lít');
  });

  it('farm prices on a line without a market widget stay figures', () => {
    const text = `Văn Yên: Cây quế\n\nGiá quế khô: 38.000 đồng/kg | Giá quế tươi: 12.000 đồng/kg${BODY}`;
    expect(figureAt(text, '38.000 đồng/kg').unit).toBe('VND/kg');
  });
});
