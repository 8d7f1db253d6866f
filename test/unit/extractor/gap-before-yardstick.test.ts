// "Tỷ lệ … đạt 91,4%, vượt 1,4 điểm phần trăm chỉ tiêu Nghị quyết giao (90%)": the plan's own value in brackets measures
// the rate compared with it, though the gap stands between the verb and the plan. A count of targets stays one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-10' };

describe('a plan passed by a gap', () => {
  it('gives the bracketed plan value the rate it is compared with', () => {
    const text = 'Năm 2024, tỷ lệ lao động qua đào tạo ước đạt 71,4%, vượt 1,4 điểm phần trăm chỉ tiêu Nghị quyết HĐND tỉnh giao (70%).';
    const f = figureAt(text, '70%', opts);
    expect(f.indicator).toBe('trained_labour_rate');
    expect(f.modality).toBe('target');
  });

  it('leaves targets counted in "chỉ tiêu" as resolution targets', () => {
    const text = 'Năm 2024, tỷ lệ lao động qua đào tạo ước đạt 71,4%; toàn tỉnh có 22/25 chỉ tiêu Nghị quyết đạt và vượt.';
    expect(figureAt(text, '22/25', opts).indicator).toBe('resolution_targets');
  });
});
