// "mặt hàng rau quả ước đạt 1,7 tỉ USD, tăng trưởng 44,6% so cùng kỳ": growth by an amount measured against a base is a
// rise of the figure before it, not the economy's growth rate; "tốc độ tăng trưởng GRDP đạt 7%" stays the rate.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2017-07-05' };

describe('"tăng trưởng X% so với …"', () => {
  it('is a rise of the figure before it', () => {
    const text = 'Trong 6 tháng, kim ngạch xuất khẩu rau quả ước đạt 1,7 tỉ USD, tăng trưởng 44,6% so cùng kỳ.';
    expectFigure(text, '44,6%', { kind: 'change', direction: 'up', base: 'same_period', indicator: 'export_value' }, opts);
  });
  it('the growth rate with no base after it stays a level', () => {
    expectFigure('Năm 2024, tốc độ tăng trưởng GRDP của tỉnh đạt 7,2%.', '7,2%', { kind: 'level', indicator: 'grdp_growth' }, opts);
  });
  it('a verb further back does not keep it a level', () => {
    const text = 'Ở cấp quốc gia, chỉ số DTI năm 2024 đạt 0,7955, tăng trưởng 8,6% so với năm 2023.';
    expectFigure(text, '8,6%', { kind: 'change', direction: 'up', base: '2023' }, { published: '2025-10-21' });
  });
});
