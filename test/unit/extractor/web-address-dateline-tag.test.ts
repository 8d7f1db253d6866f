// Many sites open the lead with their web address in brackets ("(Baonghean.vn) - ", "(Baothanhhoa.vn) - "), as others
// do with a short tag ("TTXVN - ", "(BGĐT) - "). The tag is no part of the lead's first sentence: a cut-off that opens
// the lead right after it ("Tính đến ngày 30/9/2024, …") stands the lead's later stocks at its month, as it does without
// the tag. A cut-off deep inside a clause dates its own sentence only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BẢO HIỂM XÃ HỘI\n\n9 tháng, phát triển thêm 21.300 người tham gia bảo hiểm xã hội\n\n';

describe('a web address as the dateline tag', () => {
  it('lets the cut-off opening the lead date the stocks of its next sentence', () => {
    const text = `${HEAD}(Baonghean.vn) - Tính đến ngày 30/9/2024, toàn tỉnh phát triển thêm 21.300 người tham gia bảo hiểm xã hội, đạt 71,2% kế hoạch năm. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% dân số.\n\nChiều 10/10, hội nghị giao ban.`;
    expect(figureAt(text, '93,1%', { published: '2024-10-11' }).period).toBe('2024-M09');
  });

  it('keeps a cut-off inside a long clause to its own sentence', () => {
    const text = `${HEAD}(Baonghean.vn) - Chiều 10/10, Bảo hiểm xã hội tỉnh tổ chức hội nghị giao ban và cho biết tính đến ngày 30/9/2024 toàn tỉnh phát triển thêm 21.300 người. Tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% dân số.\n\nCác huyện miền núi còn thấp.`;
    expect(figureAt(text, '93,1%', { published: '2024-10-11' }).period).toBe('2024-9M');
  });
});
