// "ngành sản xuất và phân phối điện (chủ yếu điện gió ven biển khu vực Trà Vinh cũ) tăng 19,8%": a bracket opening on
// "chủ yếu" says where most of the whole comes from; the figure after it stays the page's place's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-12-05', locality: 'tỉnh Vĩnh Long' };
const localityOf = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure)?.locality;

describe('a place in a bracket that says where most of a whole comes from', () => {
  it('a former province explaining a sector owns nothing after the bracket', () => {
    const text = 'Tỉnh Vĩnh Long: chỉ số sản xuất công nghiệp 11 tháng tăng 11,2%; trong đó ngành sản xuất và phân phối điện (chủ yếu điện gió ven biển khu vực Trà Vinh cũ) tăng 19,8%.';
    expect(localityOf(text, '19,8%')).toBe('tỉnh Vĩnh Long');
  });

  it('so does one written with its mark in brackets', () => {
    const text = 'Tỉnh Vĩnh Long: sản lượng thủy sản 11 tháng tăng 4,1%; trong đó tôm nước lợ (phần lớn ở các xã ven biển khu vực Bến Tre (cũ)) đạt 61.200 tấn.';
    expect(localityOf(text, '61.200 tấn')).toBe('tỉnh Vĩnh Long');
  });

  it('a former province alone in the bracket still owns the figure after it', () => {
    const text = 'Tỉnh Vĩnh Long: chỉ số sản xuất công nghiệp 11 tháng tăng 11,2%; trong đó ngành điện (khu vực Trà Vinh cũ) tăng 19,8%.';
    expect(localityOf(text, '19,8%')).toBe('tỉnh Trà Vinh');
  });
});
