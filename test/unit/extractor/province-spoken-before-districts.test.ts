// "Toàn tỉnh kết nạp 288 đảng viên … Trong đó, … Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới": a provincial page
// may speak of "toàn tỉnh" / "Tỉnh ủy" without naming the province, and name only its districts later, in a breakdown.
// The article is the province's (the gazetteer knows whose districts they are), not the first district's. Pattern
// from a real provincial party-building page.
import { describe, it } from 'vitest';
import { expectFigure, figuresIn } from './helpers.ts';
import { expect } from 'vitest';

const pub = { published: '2025-07-05' };
const text = [
  'Toàn tỉnh kết nạp 310 đảng viên mới trong 6 tháng',
  'Theo Ban Tổ chức Tỉnh ủy, 6 tháng đầu năm, các đảng bộ trực thuộc Tỉnh ủy kết nạp được 310 đảng viên mới, đạt 41,3% chỉ tiêu năm, tăng 12% so với cùng kỳ; công tác tạo nguồn, bồi dưỡng quần chúng ưu tú được các cấp ủy quan tâm thực hiện thường xuyên.',
  'Trong đó, có 4 đảng bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao; Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới, đạt 50,9% chỉ tiêu được giao, dẫn đầu các đảng bộ huyện.',
].join('\n\n');

describe('"toàn tỉnh" before any district makes the article the districts\' province', () => {
  it('the lead\'s figures are the province\'s', () => {
    expectFigure(text, '41,3%', { locality: 'tỉnh Ninh Thuận' }, pub);
  });
  it('a district in the breakdown keeps its own figures', () => {
    expectFigure(text, '50,9%', { locality: 'huyện Ninh Phước' }, pub);
  });
});

describe('what stays a district\'s article', () => {
  it('a district named before any "tỉnh"', () => {
    const district = ['Huyện Ninh Phước kết nạp 52 đảng viên mới', 'Trong 6 tháng đầu năm, Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới, đạt 50,9% chỉ tiêu được giao, cao hơn mức chung của toàn tỉnh.'].join('\n\n');
    expect(figuresIn(district, pub).every((f) => f.locality === 'huyện Ninh Phước')).toBe(true);
  });
});
