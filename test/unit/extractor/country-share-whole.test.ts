// The country named as the whole a share is taken of ("chiếm khoảng 23,5% GDP cả nước") is a yardstick of its clause;
// the figures after it stay the page's place. A sentence about the country itself is still the country's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Sáng 8/12, HĐND tỉnh Bắc Ninh khai mạc kỳ họp thường lệ cuối năm 2025.\n\n';

describe('the country as the whole of a share', () => {
  it('does not carry to the clauses after it', () => {
    const text = `${LEAD}Kim ngạch xuất khẩu ước đạt 62,4 tỷ USD, chiếm khoảng 13,8% kim ngạch xuất khẩu cả nước; so với năm 2020 gấp 1,9 lần. ` +
      'Thu nhập bình quân đầu người ước đạt 96 triệu đồng.';
    expect(figureAt(text, '1,9 lần').locality).toBe('tỉnh Bắc Ninh');
    expect(figureAt(text, '96 triệu đồng').locality).toBe('tỉnh Bắc Ninh');
  });

  it('opening a sentence of its own, is that sentence\'s place', () => {
    const text = `${LEAD}Kim ngạch xuất khẩu ước đạt 62,4 tỷ USD. Cả nước xuất khẩu ước đạt 452 tỷ USD, tăng 12,1%.`;
    expect(figureAt(text, '452 tỷ USD').locality).toBe('cả nước');
  });
});
