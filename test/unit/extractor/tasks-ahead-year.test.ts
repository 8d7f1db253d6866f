// A year-end meeting "đánh giá tình hình thực hiện nhiệm vụ năm 2025 và triển khai nhiệm vụ, giải pháp năm 2026": the
// coming year whose tasks it sets out names what is to be done, not the stretch the next sentences report on, so
// "Trong năm, Đảng bộ phường đã hoàn thành 20/21 chỉ tiêu" is a 2025 result. A sentence that opens on the coming year
// still frames its targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-28' };
const lead = 'Chiều 26-12, Ban Chấp hành Đảng bộ phường tổ chức hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ năm 2025 và triển khai nhiệm vụ, giải pháp năm 2026.';

describe('the coming year whose tasks a meeting sets out', () => {
  it('does not date the results reported after it', () => {
    const f = figureAt(`${lead} Trong năm, Đảng bộ phường đã hoàn thành 20/21 chỉ tiêu đề ra.`, '20/21', opts);
    expect(f.period).toBe('2025');
    expect(f.modality).toBe('actual');
  });

  it('a sentence that opens on the coming year still dates its targets', () => {
    const f = figureAt(`${lead} Năm 2026, phường phấn đấu thu ngân sách đạt 200 tỷ đồng.`, '200 tỷ đồng', opts);
    expect(f.period).toBe('2026');
    expect(f.modality).toBe('target');
  });
});
