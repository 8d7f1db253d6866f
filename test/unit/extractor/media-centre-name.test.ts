// A province's media centre, which runs its paper and station since the mergers ("QTV - TRUNG TÂM TRUYỀN THÔNG TỈNH
// QUẢNG NINH"), heads the page as a station's name does: it says who publishes, so the ward the headline names keeps the
// later clauses that name no place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Phường Cẩm Phả: 98% hồ sơ nộp trực tuyến\n\n';
const BODY = 'Quý I/2026, bộ phận một cửa phường Cẩm Phả tiếp nhận 6.120 hồ sơ; trong đó 5.998 hồ sơ được nộp trực tuyến.\n\n' +
  'Bình quân mỗi ngày có khoảng 95 lượt người dân đến làm thủ tục.';

describe('a media centre\'s name names the publisher', () => {
  it('the headline\'s ward owns the clause after ";" and the next paragraph', () => {
    const text = `QTV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH\nTin tức | Thời sự | Video\n\n${HEAD}${BODY}`;
    expect(figureAt(text, '5.998').locality).toBe('phường Cẩm Phả');
  });

  it('a media centre named inside a sentence is no masthead: its province stays a place of the text', () => {
    const text = `Tin tổng hợp\n\nTheo Trung tâm Truyền thông tỉnh Quảng Ninh, toàn tỉnh có 1.250 tổ công nghệ số cộng đồng với hơn 7.000 thành viên.`;
    expect(figureAt(text, '7.000').locality).toBe('tỉnh Quảng Ninh');
  });
});
