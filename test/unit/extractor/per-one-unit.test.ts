// "giá trị sản xuất trên 1 ha đất canh tác đạt 215 triệu đồng": one unit of measure after "trên"/"mỗi" is what the
// figure is divided by, not a figure of its own. Found probing northern reports after holdout11.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const text = 'Năm 2024, giá trị sản xuất trên 1 ha đất canh tác đạt 215 triệu đồng.';

describe('"trên 1 ha" as a divisor', () => {
  it('is no figure', () => {
    expectNoFigureAt(text, '1 ha');
  });
  it('the value after it is still found', () => {
    expectFigure(text, '215', { value: 215e6 });
  });
  it('"mỗi 01 ha" likewise', () => {
    expectNoFigureAt('Bình quân mỗi 01 ha cho thu nhập 180 triệu đồng.', '01 ha');
  });
  it('an area of more than one hectare stays a figure', () => {
    expectFigure('Diện tích bị ngập trên 12 ha lúa.', '12', { value: 12, unit: 'ha', bound: 'over' });
  });
  it('one hectare reported as such stays a figure', () => {
    expectFigure('Xã đã trồng thử nghiệm 1 ha sâm.', '1 ha', { value: 1, unit: 'ha' });
  });
});

describe('money per hectare', () => {
  const after = 'Thu ngân sách đạt 1.020 tỉ đồng.\n\nGiá trị sản xuất trên 1 ha đất canh tác đạt 215 triệu đồng.';
  it('money after "trên 1 ha" is per hectare', () => {
    expectFigure(after, '215', { value: 215e6, unit: 'VND/ha' });
  });
  it('… and takes no budget indicator from the article\'s topic', () => {
    expectFigure(after, '215', { indicator: undefined });
  });
  it('"triệu đồng/ha" written out takes none either', () => {
    expectFigure('Thu ngân sách đạt 1.020 tỉ đồng.\n\nMô hình cho lợi nhuận 55 triệu đồng/ha.', '55', { unit: 'VND/ha', indicator: undefined });
  });
  it('money in a sentence with no hectare divisor stays a total', () => {
    expectFigure('Thu ngân sách đạt 1.020 tỉ đồng, trong đó thu từ 1 ha đất đấu giá 15 tỉ đồng.', '1.020', { unit: 'VND', indicator: 'budget_revenue' });
  });
});

