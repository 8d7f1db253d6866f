// "các sở, ngành và 78 xã, phường phấn đấu …": two level words joined in a list name the class of units, not the commune
// spoken of before; the aims that follow stay the province's. A bare level word alone ("Năm 2026, phường phấn đấu …") still
// stands for the ward named before it (commune-referred-carries).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO QUẢNG TRỊ\n\nQuảng Trị: 10 tháng đón hơn 7 triệu lượt khách\n\n' +
  'QTO - Ngày 5/11, UBND tỉnh Quảng Trị họp phiên thường kỳ tháng 10 đánh giá tình hình kinh tế - xã hội 10 tháng năm 2025 và bàn nhiệm vụ những tháng cuối năm.\n\n' +
  'Ngành du lịch đón khoảng 7,2 triệu lượt khách, tăng 14,8% so với cùng kỳ. Riêng phường Đồng Hới đón 1,52 triệu lượt khách.\n\n';

describe('two level words joined in a list', () => {
  it('"các sở, ngành và 78 xã, phường phấn đấu" leaves the aims the province\'s', () => {
    const text = `${HEAD}Chủ tịch UBND tỉnh yêu cầu các sở, ngành và 78 xã, phường phấn đấu cả năm thu ngân sách đạt 12.500 tỷ đồng.`;
    expect(figureAt(text, '12.500 tỷ đồng').locality).toBe('tỉnh Quảng Trị');
  });

  it('"các phường, xã tiếp tục …" too', () => {
    const text = `${HEAD}Các sở, ngành và các phường, xã tiếp tục rà soát, phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2025.`;
    expect(figureAt(text, '100%').locality).toBe('tỉnh Quảng Trị');
  });

  it('a bare "phường" alone still stands for the ward named before', () => {
    const text = `${HEAD}Năm 2025, phường phấn đấu đón 1,8 triệu lượt khách.`;
    expect(figureAt(text, '1,8 triệu').locality).toBe('phường Đồng Hới');
  });
});
