// "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước, với GRDP tăng 13,93%": a sentence
// that opens on the place ranked ahead ("Sau X,") is about the place after the comma, even in an article whose own
// place is the country; the place ranked ahead is only the yardstick.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-04-14' };
const country = 'Trong quý I/2024, GDP cả nước tăng 5,66% so với cùng kỳ.\n\n';

describe('a sentence opening on the place ranked ahead', () => {
  it('gives its figure to the place after the comma', () => {
    const text = `${country}Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước, với GRDP tăng 13,93%.`;
    expect(figureAt(text, '13,93%', opts).locality).toBe('tỉnh Trà Vinh');
  });

  it('so with the province named as such', () => {
    const text = `${country}Sau tỉnh Quảng Ninh, tỉnh Hải Dương có chỉ số sản xuất công nghiệp tăng 14,2%.`;
    expect(figureAt(text, '14,2%', opts).locality).toBe('tỉnh Hải Dương');
  });

  it('a place listed after "chỉ sau" is still ranked ahead', () => {
    const text = `${country}Bình Dương có kim ngạch xuất khẩu đạt 7,8 tỷ USD, chỉ sau TP. Hồ Chí Minh, Bắc Ninh và Hải Phòng.`;
    expect(figureAt(text, '7,8 tỷ USD', opts).locality).toBe('tỉnh Bình Dương');
  });
});
