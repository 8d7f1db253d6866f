// A rank followed by ", sau A, B và C" names the places ahead of the subject; none of them is a place the article
// speaks of, so later paragraphs about "toàn tỉnh" stay with the article's province. Found by holdout33.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-04', locality: 'tỉnh An Giang' };

describe('places listed after a rank', () => {
  it('every name of ", sau A, B và C" after "xếp thứ 5" is a yardstick, not a place carried forward', () => {
    const text = 'An Giang xếp thứ 5 cả nước, sau TP. Hồ Chí Minh, Hà Nội, Khánh Hòa và Quảng Ninh.\n\n' +
      'Toàn tỉnh có 1.864 cơ sở lưu trú, tăng 3,1% so với cùng kỳ.';
    expect(figureAt(text, '1.864', opts).locality).toBe('tỉnh An Giang');
    expect(figureAt(text, '3,1%', opts).locality).toBe('tỉnh An Giang');
  });

  it('a rank in words ("đứng thứ ba … , sau Thanh Hoá và Hà Tĩnh") works the same way', () => {
    const text = 'Nghệ An đứng thứ ba khu vực Bắc Trung Bộ về thu ngân sách, sau Thanh Hoá và Hà Tĩnh.\n\n' +
      'Từ đầu năm, tỉnh đã cấp hoá đơn điện tử cho 3.420 hộ kinh doanh.';
    expect(figureAt(text, '3.420', { published: '2024-10-03', locality: 'tỉnh Nghệ An' }).locality).toBe('tỉnh Nghệ An');
  });

  it('", sau huyện X" with no rank in its sentence still names the place that follows', () => {
    const text = 'Đoàn công tác làm việc tại huyện Đức Hòa, sau huyện Cần Giuộc thu ngân sách 900 tỷ đồng.';
    expect(figureAt(text, '900 tỷ đồng', { published: '2024-12-20', locality: 'tỉnh Long An' }).locality).toBe('huyện Cần Giuộc');
  });
});
