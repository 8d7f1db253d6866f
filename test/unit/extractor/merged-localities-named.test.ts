// "(số liệu tính gộp 3 địa phương trước hợp nhất)", "tính gộp số liệu của 2 tỉnh cũ": a merged province's pages say how its
// figures were summed; the places summed are named, not counted. Places that reached something are still counted.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('localities named as summed after a merger', () => {
  it('"tính gộp 3 địa phương" is no figure, the revenue after it is', () => {
    const text = 'Thành phố Cần Thơ\n\nNăm 2025 (số liệu tính gộp 3 địa phương trước hợp nhất), thu ngân sách đạt 38.650 tỷ đồng.';
    expectNoFigureAt(text, '3 địa phương');
    expect(figureAt(text, '38.650 tỷ đồng').value).toBe(38_650e9);
  });

  it('"tính gộp số liệu của 2 tỉnh" is no figure either', () => {
    const text = 'Tỉnh Đắk Lắk\n\nChín tháng năm 2025 (tính gộp số liệu của 2 tỉnh cũ), kim ngạch xuất khẩu đạt 2,1 tỷ USD.';
    expectNoFigureAt(text, '2 tỉnh');
  });

  it('localities that reached a standard are counted', () => {
    const text = 'Tỉnh An Giang\n\nNăm 2025, toàn tỉnh có 12 địa phương đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '12 địa phương').value).toBe(12);
  });
});
