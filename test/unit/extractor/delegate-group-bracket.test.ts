// A council's discussion group named short in a bracket after a delegate ("đại biểu Lê Văn Hải (tổ huyện Yên Thành) đề
// nghị …") says where the delegate sits, not whose figures follow: the next sentence stays the province's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-09', locality: 'tỉnh Nghệ An' };

describe('a delegate\'s group in brackets', () => {
  it('gives the figures after it no place', () => {
    const text = 'HĐND tỉnh Nghệ An thông qua dự toán ngân sách.\n\nThảo luận tại tổ, đại biểu Lê Văn Hải (tổ huyện Yên Thành) đề nghị rà soát nguồn thu. Nghị quyết yêu cầu phấn đấu thu ngân sách đạt 19.000 tỷ đồng.';
    expect(figureAt(text, '19.000 tỷ đồng', opts).locality).toBe('tỉnh Nghệ An');
  });

  it('leaves a district named in its own right as the place', () => {
    const text = 'HĐND tỉnh Nghệ An họp phiên thảo luận. Huyện Yên Thành thu ngân sách đạt 320 tỷ đồng.';
    expect(figureAt(text, '320 tỷ đồng', opts).locality).toBe('huyện Yên Thành');
  });
});
