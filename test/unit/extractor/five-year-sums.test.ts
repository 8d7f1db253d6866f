// "đến năm 2030, GRDP bình quân đầu người đạt 165 triệu đồng; …; tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 780.000 tỷ
// đồng": a sum over five years in its own clause is the plan's term, not the horizon year named in an earlier clause.
// Pattern from holdout15 (a 2026-2030 plan).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };
const text = 'Kế hoạch 2026 - 2030\n\nMục tiêu giai đoạn 2026 - 2030\n\nVề kinh tế: đến năm 2030, GRDP bình quân đầu người đạt 165 triệu đồng; tỷ trọng khu vực dịch vụ chiếm 45% GRDP; tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 780.000 tỷ đồng; tổng thu ngân sách nhà nước trên địa bàn năm năm đạt 125.000 tỷ đồng; kim ngạch xuất khẩu năm 2030 đạt 5,5 tỷ USD.';

describe('a five-year sum after a horizon clause', () => {
  it('"5 năm" takes the term', () => {
    expect(figureAt(text, '780.000', opts).period).toBe('2026/2030');
  });
  it('"năm năm" in words takes the term', () => {
    expect(figureAt(text, '125.000', opts).period).toBe('2026/2030');
  });
  it('single-year targets around them keep the horizon', () => {
    expect(figureAt(text, '45%', opts).period).toBe('2030');
    expect(figureAt(text, '5,5 tỷ', opts).period).toBe('2030');
  });
});
