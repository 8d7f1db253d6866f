// "Phường Hòa Bình phấn đấu giảm tỷ lệ hộ nghèo xuống còn 0,2%" over a lead that reviews 2025 and "triển khai phương
// hướng, nhiệm vụ năm 2026": the headline's aim is for the year the lead plans; what the headline reports stays the
// reviewed year's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const LEAD = 'Đảng ủy phường Hòa Bình vừa tổ chức hội nghị tổng kết công tác năm 2025, triển khai phương hướng, nhiệm vụ năm 2026.';
const periods = (headline: string, lead = LEAD) =>
  extract(`${headline}\n\n${lead}\n\nHội nghị diễn ra trong không khí phấn khởi.`, { published: '2026-01-16' }).figures.map((f) => [f.text, f.modality, f.period ?? null]);

describe('a headline aim over a lead that reviews one year and plans the next', () => {
  it('is dated by the planned year', () => {
    expect(periods('Phường Hòa Bình phấn đấu giảm tỷ lệ hộ nghèo xuống còn 0,2%')).toEqual([['0,2%', 'target', '2026']]);
    expect(periods('Huyện phấn đấu thu ngân sách đạt 450 tỷ đồng',
      'Sáng 10/1, UBND huyện tổ chức hội nghị tổng kết năm 2025 và triển khai kế hoạch năm 2026.')).toEqual([['450 tỷ đồng', 'target', '2026']]);
  });

  it('leaves what the headline reports in the reviewed year', () => {
    expect(periods('Phường Hòa Bình: tỷ lệ hộ nghèo giảm còn 0,36%')).toEqual([['0,36%', 'actual', '2025']]);
  });
});
