// "Năm 2024, huyện phấn đấu thu ngân sách đạt 5.600 tỷ đồng, 100% thôn đạt danh hiệu văn hóa": a percentage followed
// by the units it is a share of (thôn, phường, xã, trường, hộ …) measures those units, not the revenue named before the
// figure before it; where its own words name a known measure ("100% xã đạt chuẩn nông thôn mới") it takes that one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-28' };

describe('a share of units named after the per cent', () => {
  it('takes no measure from the clause before', () => {
    const text = 'Năm 2024, huyện phấn đấu thu ngân sách đạt 5.600 tỷ đồng, 100% thôn đạt danh hiệu văn hóa.';
    expect(figureAt(text, '100%', opts).indicator).toBeUndefined();
    const wards = 'Năm 2024, thành phố phấn đấu thu ngân sách đạt 5.500 tỷ đồng, giữ 100% phường đạt chuẩn văn minh đô thị.';
    expect(figureAt(wards, '100%', opts).indicator).toBeUndefined();
  });

  it('a rate with no units after it keeps the measure', () => {
    const text = 'Năm 2024, huyện phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%, tỷ lệ tham gia bảo hiểm xã hội đạt 42%.';
    expect(figureAt(text, '95,5%', opts).indicator).toBe('health_insurance_coverage');
  });

  it('a share of the very units the count before it counted keeps that count\'s measure', () => {
    const text = 'Toàn tỉnh Đồng Nai hiện có 141/161 xã đạt chuẩn nông thôn mới (tính theo địa giới trước sắp xếp), trong đó khu vực Đồng Nai (cũ) có 100% xã đạt chuẩn.';
    expect(figureAt(text, '100%', { published: '2025-07-10' }).indicator).toBe('new_rural_communes');
  });
});
