// A former province named in an earlier sentence of a list's heading line ("… (số liệu cùng kỳ tính gộp hai tỉnh Gia
// Lai và Bình Định cũ). Một số mặt hàng chủ lực (so với cùng kỳ):") owns its own sentence only; the list's items are
// the new province's. A heading sentence that names the former unit itself still gives it its items. Found by holdout33.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-05', locality: 'tỉnh Gia Lai' };

describe('a former unit before the sentence that opens a list', () => {
  it('the items after "Một số mặt hàng chủ lực:" are not the former province\'s', () => {
    const text = 'Kim ngạch xuất khẩu đạt 2,86 tỷ USD, tăng 31,5% so với cùng kỳ (số liệu cùng kỳ tính gộp hai tỉnh Gia Lai và ' +
      'Bình Định cũ). Một số mặt hàng chủ lực (so với cùng kỳ):\n- Cà phê: 1,21 tỷ USD (+48,6%);';
    expect(figureAt(text, '1,21 tỷ USD', opts).locality).toBe('tỉnh Gia Lai');
    expect(figureAt(text, '48,6%', opts).locality).toBe('tỉnh Gia Lai');
  });

  it('a heading sentence that names the former unit gives it the list', () => {
    const text = 'Kim ngạch xuất khẩu đạt 2,86 tỷ USD. Mặt hàng chủ lực của khu vực Bình Định cũ:\n- Thủy sản: 214 triệu USD;';
    expect(figureAt(text, '214 triệu USD', opts).locality).toBe('tỉnh Bình Định');
  });
});
