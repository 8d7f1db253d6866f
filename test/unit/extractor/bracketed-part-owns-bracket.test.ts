// "năm nay có 62 doanh nghiệp tham gia chương trình bình ổn thị trường (riêng khu vực Hải Dương cũ 18 doanh nghiệp),
// tăng 9 doanh nghiệp so với năm trước": a former province named as a part inside a bracket owns the bracket's figure
// only; the figures after the bracket closes go back to the place the sentence spoke of. A bracket with no figure of its
// own says which part the figure after it is of ("tại Thành phố Hồ Chí Minh (khu vực Bà Rịa - Vũng Tàu cũ) 147.000
// đồng/kg"), and named outside a bracket the part still owns the rest of its clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-16', locality: 'thành phố Hải Phòng' };
const HEAD = 'Thành phố Hải Phòng chuẩn bị hàng Tết.\n\n';

describe('a former part named inside a bracket', () => {
  it('owns the bracket only', () => {
    const text = HEAD + 'Theo Sở Công Thương thành phố, năm nay có 62 doanh nghiệp tham gia chương trình bình ổn thị trường (riêng khu vực Hải Dương cũ 18 doanh nghiệp), tăng 9 doanh nghiệp so với năm trước, với 1.450 điểm bán.';
    expect(figureAt(text, '18', opts).locality).toBe('tỉnh Hải Dương');
    expect(figureAt(text, '9 doanh', opts).locality).toBe('thành phố Hải Phòng');
  });

  it('a bracket with no figure of its own says whose the figure after it is', () => {
    const text = HEAD + 'Giá hồ tiêu tại thành phố Hải Phòng 146.000 đồng/kg; tại thành phố Hải Phòng (khu vực Hải Dương cũ) 147.000 đồng/kg.';
    expect(figureAt(text, '147.000', opts).locality).toBe('tỉnh Hải Dương');
  });

  it('outside a bracket it owns the rest of its clause', () => {
    const text = HEAD + 'Năm nay có 62 doanh nghiệp tham gia chương trình bình ổn thị trường; riêng khu vực Hải Dương cũ 18 doanh nghiệp, tăng 3 doanh nghiệp so với năm trước.';
    expect(figureAt(text, '3 doanh', opts).locality).toBe('tỉnh Hải Dương');
  });
});
