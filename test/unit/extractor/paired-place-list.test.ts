// Places listed each with its own figure ("là huyện Sơn Tịnh 4.100 ha, huyện Tư Nghĩa 3.850 ha và huyện Mộ Đức 5.200
// ha") own those figures only: the next sentence goes back to what the paragraph spoke of. A district that is the
// subject of its sentence still carries.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-04-02' };
const lead = 'Quảng Ngãi: kinh tế quý I/2024\n\n';

describe('places listed each with its figure', () => {
  const text = `${lead}Toàn tỉnh gieo cấy 38.500 ha lúa. Các địa phương có diện tích lớn là huyện Sơn Tịnh 4.100 ha, huyện Tư Nghĩa 3.850 ha và huyện Mộ Đức 5.200 ha. Sản lượng thủy sản ước đạt 41.300 tấn.`;

  it('each owns its own figure', () => {
    expect(figureAt(text, '3.850 ha', opts).locality).toBe('huyện Tư Nghĩa');
    expect(figureAt(text, '5.200 ha', opts).locality).toBe('huyện Mộ Đức');
  });

  it('none carries to the next sentence', () => {
    expect(figureAt(text, '41.300 tấn', opts).locality).toBe('tỉnh Quảng Ngãi');
  });
});

describe('a district that is its sentence\'s subject', () => {
  it('carries to the next sentence of its paragraph', () => {
    const text = `${lead}Huyện Mộ Đức gieo cấy 5.200 ha lúa, tăng 120 ha. Năng suất bình quân ước đạt 62 tạ/ha.`;
    expect(figureAt(text, '62 tạ/ha', opts).locality).toBe('huyện Mộ Đức');
  });
});
