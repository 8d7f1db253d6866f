// "cả năm (tính gộp 5 phường cũ) đạt 188,2 tỷ đồng": the parts summed or merged are named, not counted, in digits as in
// words ("tính gộp ba đơn vị cũ"); a count of wards that reached a standard is still a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a count of units after "gộp" or "sáp nhập"', () => {
  it('is no figure', () => {
    const text = 'Phường Thủ Dầu Một\n\nNăm 2025, cả năm (tính gộp 4 phường cũ) thu ngân sách đạt 420 tỷ đồng, tăng 5%.';
    expectNoFigureAt(text, '4 phường');
    expect(figureAt(text, '420 tỷ đồng').value).toBe(420e9);
  });

  it('a count of wards reaching a standard stays a figure', () => {
    const text = 'Tỉnh Bình Dương\n\nNăm 2025, toàn tỉnh có 4 phường đạt chuẩn đô thị văn minh.';
    expect(figureAt(text, '4 phường').value).toBe(4);
  });
});
