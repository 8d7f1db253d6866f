// An infographic legend "(▲▼: tăng, giảm so với cùng kỳ năm 2025)" says what the arrows after it compare with; a change
// written with a verb and no comparison, and arrows with no legend, get no base from it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const PANELS = 'SỐ LIỆU 6 THÁNG ĐẦU NĂM 2026\n(▲▼: tăng, giảm so với cùng kỳ năm 2025)\n\nTHU NGÂN SÁCH\n34.560 tỷ đồng\n▲ 18,6%\n\n' +
  'KHÁCH DU LỊCH\n2,4 triệu lượt ▼ 3,2%\n\nTrong đó, khu vực công nghiệp - xây dựng tăng 10,6%.';

describe('a legend for the arrows of an infographic', () => {
  it('each arrow-marked change in the panels below the legend is against the same period', () => {
    expect(figureAt(PANELS, '18,6%').base).toBe('same_period');
    expect(figureAt(PANELS, '3,2%').base).toBe('same_period');
  });

  it('a change stated with a verb in prose below the panels takes nothing from the legend', () => {
    expect(figureAt(PANELS, '10,6%').base).toBeUndefined();
  });

  it('arrows without a legend have no base', () => {
    const text = 'THU NGÂN SÁCH\n34.560 tỷ đồng\n▲ 18,6%';
    expect(figureAt(text, '18,6%').base).toBeUndefined();
  });
});
