// "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "Chiến dịch Hồ Chí Minh": a battle or a campaign named for where it was
// fought is no place the article's figures belong to; the city named as a place still is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a battle named for a place', () => {
  it('"Chiến thắng Điện Biên Phủ" does not move the figures of a Vĩnh Long report', () => {
    const text = 'Tỉnh Vĩnh Long tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ trang trọng, thiết thực. Công tác giảm nghèo được quan tâm, tỷ lệ hộ nghèo còn 1,74%.';
    expect(figureAt(text, '1,74%').locality).toBe('tỉnh Vĩnh Long');
  });

  it('the city named as a place still owns its figure', () => {
    const text = 'Năm 2024, thu ngân sách trên địa bàn thành phố Điện Biên Phủ đạt 650 tỷ đồng.';
    expect(figureAt(text, '650 tỷ đồng').locality).toBe('thành phố Điện Biên Phủ');
  });
});
