// "Năm 2026, tỉnh phấn đấu …" and then "Có 2 chỉ tiêu chưa đạt là tỷ lệ hộ nghèo (kế hoạch 1,5%) và …": the plans named
// beside the targets a year missed are that year's plans, not the year ahead an earlier paragraph set.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-12' };
const page = (last: string) => `Huyện Tân Phước: 15/17 chỉ tiêu năm 2024 đạt và vượt

Năm 2024, kinh tế huyện Tân Phước tiếp tục tăng trưởng; thu ngân sách ước đạt 186 tỷ đồng, tăng 7% so với năm 2023.

Năm 2026, huyện phấn đấu thu ngân sách 200 tỷ đồng, tỷ lệ lao động qua đào tạo đạt 70%.

${last}`;

describe('plans named beside the targets a year missed', () => {
  it("are the reviewed year's plans", () => {
    const f = figureAt(page('Có 2 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo (kế hoạch 68%) và số xã đạt chuẩn nông thôn mới nâng cao (kế hoạch 3 xã).'), '68%', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2024');
  });

  it('leave a plan of the year ahead in a sentence that misses nothing its year', () => {
    expect(figureAt(page('Huyện cũng phấn đấu giải quyết việc làm cho 1.200 lao động.'), '1.200', opts).period).toBe('2026');
  });
});
