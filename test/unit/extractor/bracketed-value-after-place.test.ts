// A provincial paper ranks its province among others with each one's value in a bracket: "Thanh Hóa chỉ đứng sau Hải
// Phòng (11,8%)", "chiếm 12% kim ngạch xuất khẩu cả nước (405 tỷ USD)". A figure alone in a bracket right after a
// place's name is that place's, though the place is ranked ahead; the province keeps the figures outside the brackets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a figure alone in a bracket after a place', () => {
  it('belongs to the place ranked ahead', () => {
    const text = 'Thanh Hóa tăng trưởng cao\n\nNăm 2024, tăng trưởng GRDP của Thanh Hóa đạt 10,1%, chỉ đứng sau Hải Phòng (11,8%).';
    expect(figureAt(text, '11,8%').locality).toBe('thành phố Hải Phòng');
    expect(figureAt(text, '10,1%').locality).toBe('tỉnh Thanh Hóa');
  });

  it('belongs to the country named right before it', () => {
    const text = 'Thanh Hóa xuất khẩu năm 2024\n\nKim ngạch xuất khẩu của Thanh Hóa đạt 8,2 tỷ USD, chiếm 2% kim ngạch xuất khẩu cả nước (405 tỷ USD).';
    expect(figureAt(text, '405 tỷ USD').locality).toBe('cả nước');
  });

  it('leaves a bracket after anything but a place to the sentence\'s place', () => {
    const text = 'Thanh Hóa thu ngân sách năm 2024\n\nThu ngân sách của Thanh Hóa đạt 49.800 tỷ đồng, vượt 12% dự toán (44.460 tỷ đồng).';
    expect(figureAt(text, '44.460 tỷ đồng').locality).toBe('tỉnh Thanh Hóa');
  });
});
