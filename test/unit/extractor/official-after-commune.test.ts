// "Chủ tịch UBND xã Nguyễn Thị Thu Hà cho biết, …": the name after an office's unit word is the official's, not a
// commune's; the article's commune keeps the figures. Pattern from holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Xã Phước Mỹ Trung đạt chuẩn nông thôn mới nâng cao.\n\n';
const opts = { locality: 'xã Phước Mỹ Trung' };

describe('an official\'s name after "UBND xã" is no commune', () => {
  it('a woman\'s name ("Thị") after "Chủ tịch UBND xã"', () => {
    const text = `${lead}Chủ tịch UBND xã Nguyễn Thị Thu Hà cho biết, xã huy động hơn 48,6 tỷ đồng để xây dựng nông thôn mới.`;
    expect(figureAt(text, '48,6', opts).locality).toBe('xã Phước Mỹ Trung');
  });
  it('a man\'s name ("Văn") after "Bí thư Đảng ủy xã"', () => {
    const text = `${lead}Bí thư Đảng ủy xã Trần Văn Hùng cho biết, xã huy động hơn 48,6 tỷ đồng để xây dựng nông thôn mới.`;
    expect(figureAt(text, '48,6', opts).locality).toBe('xã Phước Mỹ Trung');
  });
  it('a ward named after a person, with no office before it, is still a ward', () => {
    const text = `${lead}Phường Nguyễn Văn Cừ huy động hơn 48,6 tỷ đồng để chỉnh trang đô thị.`;
    expect(figureAt(text, '48,6', opts).locality).toBe('phường Nguyễn Văn Cừ');
  });
  it('a commune named after the office keeps its figures', () => {
    const text = `${lead}UBND xã Tân Phú huy động hơn 48,6 tỷ đồng để xây dựng nông thôn mới.`;
    expect(figureAt(text, '48,6', opts).locality).toBe('xã Tân Phú');
  });
});
