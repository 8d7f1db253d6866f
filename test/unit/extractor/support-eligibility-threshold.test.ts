// A bound that says who qualifies for support ("nhà tốc mái từ 30% trở lên được hỗ trợ 10 triệu đồng") is a threshold,
// no figure; an amount that was certified or supported ("hơn 1.500 ha được cấp mã số", "12 hộ được hỗ trợ") stays one.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a support eligibility threshold', () => {
  it('"từ 30% trở lên được hỗ trợ" is no figure', () => {
    expectNoFigureAt('Mỗi hộ có nhà bị sập được hỗ trợ 50 triệu đồng, nhà tốc mái từ 30% trở lên được hỗ trợ 10 triệu đồng.', '30%');
  });

  it('"dưới 2 triệu đồng được miễn" is no figure', () => {
    expectNoFigureAt('Hộ có thu nhập dưới 2 triệu đồng/người/tháng được miễn học phí cho con.', '2 triệu');
  });

  it('an area certified after "hơn" stays a figure', () => {
    const text = 'Diện tích cây ăn trái duy trì khoảng 12.300 ha, trong đó hơn 1.500 ha được cấp mã số vùng trồng.';
    expect(figureAt(text, '1.500 ha').value).toBe(1500);
  });

  it('households supported, counted with "trên", stay a figure', () => {
    expect(figureAt('Năm 2024, trên 120 hộ được hỗ trợ vốn vay ưu đãi.', '120 hộ').value).toBe(120);
  });
});
