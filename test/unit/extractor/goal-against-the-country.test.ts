// "Mục tiêu đến năm 2030 đưa Nghệ An trở thành tỉnh khá của cả nước": a goal measured against the country does not make
// the targets listed after it the country's. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-16' };

describe('the country named as the yardstick of a goal', () => {
  it('"trở thành tỉnh khá của cả nước" leaves the province the place of the targets listed after it', () => {
    const text = 'Đại hội Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025 - 2030.\n\nĐại hội xác định mục tiêu đến năm 2030 đưa Quảng Trị trở thành tỉnh khá của cả nước. ' +
      'Đại hội thống nhất 24 chỉ tiêu chủ yếu, trong đó:\n- Phấn đấu đến năm 2030 GRDP bình quân đầu người đạt 150 triệu đồng.\n- Tỷ lệ đô thị hóa đạt 45%.';
    expect(figureAt(text, '150 triệu đồng', opts).locality).toBe('tỉnh Quảng Trị');
    expect(figureAt(text, '45%', opts).locality).toBe('tỉnh Quảng Trị');
  });

  it('a figure the sentence gives the country itself stays the country\'s', () => {
    const text = 'Đại hội Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025 - 2030.\n\nNăm 2024, GDP của cả nước tăng 7,09%, thu ngân sách của cả nước đạt 2,03 triệu tỷ đồng.';
    expect(figureAt(text, '7,09%', opts).locality).toBe('cả nước');
  });
});
