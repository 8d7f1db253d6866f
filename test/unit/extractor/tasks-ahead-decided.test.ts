// A council's year-end session "đánh giá kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2025 và quyết định nhiệm vụ năm
// 2026": the coming year whose tasks the council decides (or "đề ra") names what is to be done, as "triển khai nhiệm vụ
// năm 2026" already does (tasks-ahead-year), so "Phường có 11/12 chỉ tiêu đạt và vượt Nghị quyết" after it is a 2025
// result. A sentence that opens on the coming year still frames its targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-22', locality: 'phường Lâm Viên - Đà Lạt' };
const lead = 'Chiều 21/12, HĐND phường Lâm Viên - Đà Lạt tổ chức kỳ họp thứ 4 đánh giá kết quả thực hiện nhiệm vụ năm 2025 và quyết định nhiệm vụ năm 2026.';

describe('the coming year whose tasks a council decides', () => {
  it('does not date the results reported after it', () => {
    const f = figureAt(`${lead} Phường có 11/12 chỉ tiêu đạt và vượt Nghị quyết; thu ngân sách đạt 684 tỷ đồng.`, '684 tỷ đồng', opts);
    expect(f.period).toBe('2025');
    expect(f.modality).toBe('actual');
    const g = figureAt(`Sáng 9/12, HĐND xã tổ chức kỳ họp thứ 6, xem xét báo cáo năm 2024 và đề ra nhiệm vụ năm 2025. Xã có 15/17 chỉ tiêu đạt và vượt.`, '15/17', { published: '2024-12-10' });
    expect(g.period).toBe('2024');
    expect(g.modality).toBe('actual');
  });

  it('a sentence that opens on the coming year still dates its targets', () => {
    const f = figureAt(`${lead} Năm 2026, phường phấn đấu thu ngân sách đạt 1.250 tỷ đồng.`, '1.250 tỷ đồng', opts);
    expect(f.period).toBe('2026');
    expect(f.modality).toBe('target');
  });
});
