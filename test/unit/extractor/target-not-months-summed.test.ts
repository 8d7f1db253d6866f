// A target is set for a year (a quarter, a half), not for the months a running report has summed so far: in an
// 11-month report, "… tập trung cho tháng cuối năm: thu ngân sách cả năm đạt 23.000 tỷ đồng" is the year's target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Kinh tế - xã hội 11 tháng năm 2025\n\nThu ngân sách 11 tháng năm 2025 đạt 21.450 tỷ đồng, bằng 92% dự toán.\n\n';

describe('a target in a running report', () => {
  it('takes the year, not the months summed so far', () => {
    const text = `${lead}Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung cho tháng cuối năm: giải ngân vốn đầu tư công đạt trên 95% kế hoạch.`;
    expect(figureAt(text, '95%').period).toBe('2025');
  });

  it('keeps the months its own sentence names', () => {
    const text = `${lead}Tỉnh phấn đấu 11 tháng giải ngân đạt trên 90% kế hoạch.`;
    expect(figureAt(text, '90%').period).toBe('2025-11M');
  });

  it('keeps the months of a cut-off its sentence names', () => {
    const text = 'Kinh tế - xã hội 9 tháng năm 2024\n\nThu ngân sách 9 tháng đạt 1.450 tỷ đồng.\n\nBí thư Thị ủy nêu rõ: “Phải tập trung giải ngân vốn đầu tư công, đến ngày 30/9 phải đạt ít nhất 75% kế hoạch vốn”.';
    expect(figureAt(text, '75%').period).toBe('2024-9M');
  });
});
