// Papers write cooperatives short as "HTX" when they count them over a place ("Toàn huyện có 28 HTX nông nghiệp"):
// the count is reported as "hợp tác xã", as the short "DN" is reported as "doanh nghiệp".
// Found by holdout39/004 (a district's and a province's cooperatives).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-09-22' };

describe('cooperatives counted as "HTX"', () => {
  it('"có 28 HTX nông nghiệp" counts cooperatives', () => {
    expectFigure('Hiện toàn huyện có 28 HTX nông nghiệp với hơn 41.000 thành viên.', '28 HTX', { kind: 'level', value: 28, unit: 'hợp tác xã' }, opts);
  });
  it('a cooperative named with a number is no count', () => {
    expectNoFigureAt('Liên hệ HTX Nông nghiệp Phước Hưng 1 để đặt lúa giống.', '1 để', opts);
  });
});
