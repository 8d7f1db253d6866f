// "Tỷ lệ bao phủ BHYT đạt 92,1% dân số, bằng 98% chỉ tiêu; trong đó khu vực Bạc Liêu cũ đạt 93,4%": when the measure is
// itself a rate, stated before its share of the plan, a part's bare "đạt X%" is the part's rate (a level), not the
// part's share of a plan. An amount's share of a plan still carries to its parts.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a part after a rate and its share of the plan', () => {
  it('reads the part\'s percentage as its rate', () => {
    const text = 'Đến cuối năm 2024, tỷ lệ dân số tham gia BHYT của tỉnh Sơn La đạt 94,3%, bằng 99,3% kế hoạch; trong đó huyện Mộc Châu đạt 96,1%, huyện Sốp Cộp đạt 90,2%.';
    const f = figureAt(text, '96,1%');
    expect([f.kind, f.base, f.indicator]).toEqual(['level', undefined, 'health_insurance_coverage']);
  });

  it('after an amount and its share of the plan, a part\'s percentage is still its share', () => {
    const text = 'Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt 5.120 tỷ đồng, bằng 103,5% dự toán; trong đó huyện Mộc Châu đạt 112,4%.';
    const f = figureAt(text, '112,4%');
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });
});
