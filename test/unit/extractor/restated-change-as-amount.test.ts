// "GRDP bình quân đầu người đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)", "thu nội địa giảm 5,2% so với
// cùng kỳ, tương đương 120 tỷ đồng": a sum of money joined to a change in per cent by "tương đương" / "tương ứng", with
// no verb of its own, is the same change counted in money — same direction, same base — not a level of the indicator.
// Pattern from a northern province's 2017 year-end results page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2018-01-03' };

describe('a sum restating a change in per cent is that change', () => {
  it('inside the bracket of the change, after a level per head', () => {
    const text = 'Năm 2017, tổng sản phẩm bình quân đầu người của tỉnh Hà Giang đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng).';
    expectFigure(text, '1,6 triệu đồng', { kind: 'change', direction: 'up', indicator: 'grdp_per_capita' }, pub);
  });
  it('after a comma and the change\'s base, a fall', () => {
    const text = '9 tháng năm 2024, thu nội địa của tỉnh Sóc Trăng giảm 5,2% so với cùng kỳ, tương đương 120 tỷ đồng.';
    expectFigure(text, '120 tỷ đồng', { kind: 'change', direction: 'down', base: 'same_period', indicator: 'budget_revenue' }, pub);
  });
});

describe('what stays a level', () => {
  it('a sum after a level in per cent', () => {
    const text = 'Năm 2024, vốn đầu tư toàn xã hội của tỉnh Sóc Trăng chiếm 32% GRDP, tương đương 25.000 tỷ đồng.';
    expectFigure(text, '25.000 tỷ đồng', { kind: 'level', direction: undefined }, pub);
  });
  it('a count restating a fall in percentage points', () => {
    const text = 'Năm 2023, tỷ lệ hộ nghèo của huyện Hàm Thuận Bắc giảm còn 1,18%, giảm 0,62 điểm % so với đầu năm, tương đương 312 hộ thoát nghèo.';
    expectFigure(text, '312 hộ', { kind: 'level', direction: undefined }, pub);
  });
});
