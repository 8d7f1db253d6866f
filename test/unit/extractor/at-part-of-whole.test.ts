// "Trong tuần, cả nước ghi nhận 9.441 ca mắc, 1 ca tử vong tại Tiền Giang. Trong đó, số nhập viện giảm 13,9%": a part
// named after a figure of the whole its sentence opened on says where that one figure happened; the next sentences
// still speak of the whole.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-02' };

describe('a part named after a figure of the whole', () => {
  it('owns its figure and gives the next sentence back to the whole', () => {
    const text = 'Từ đầu năm, tỉnh Đồng Tháp ghi nhận 1.320 ca sốt xuất huyết, 1 ca tử vong tại huyện Tháp Mười. So với cùng kỳ, số ca mắc giảm 12%.';
    expect(figureAt(text, '1 ca', opts).locality).toBe('huyện Tháp Mười');
    expect(figureAt(text, '12%', opts).locality).toBe('tỉnh Đồng Tháp');
  });

  it('a part that opens the sentence still carries on', () => {
    const text = 'Tỉnh Đồng Tháp có 12 huyện. Huyện Tháp Mười ghi nhận 120 ca sốt xuất huyết. So với cùng kỳ, số ca mắc giảm 12%.';
    expect(figureAt(text, '12%', opts).locality).toBe('huyện Tháp Mười');
  });
});
