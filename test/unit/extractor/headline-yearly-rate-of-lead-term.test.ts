// "Bế mạc Đại hội …: Phấn đấu tăng trưởng bình quân từ 10%/năm trở lên" over a lead on the congress of "nhiệm kỳ 2025 -
// 2030": a yearly rate in a headline that names no period is that term's target; a headline reporting the rate the last
// term achieved is the term just run. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-21' };
const lead = '\n\n21/10/2025 18:52\n\nChiều 21/10, Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVIII, nhiệm kỳ 2025 - 2030 đã bế mạc.';

describe('a yearly rate in a headline with no period', () => {
  it('a target is the rate of the term the lead names', () => {
    const f = figureAt('Bế mạc Đại hội Đảng bộ tỉnh: Phấn đấu tăng trưởng bình quân từ 10%/năm trở lên' + lead, '10%', opts);
    expect([f.period, f.modality]).toEqual(['2025/2030', 'target']);
  });

  it('a result is the rate of the term just run', () => {
    const f = figureAt('Hòa Bình: 5 năm kinh tế tăng trưởng bình quân 7,2%/năm' + lead, '7,2%', opts);
    expect([f.period, f.modality]).toEqual(['2020/2025', 'actual']);
  });
});
