// "Tỷ lệ che phủ rừng năm 2025 đạt 57,2%, thấp hơn mục tiêu 0,8 điểm phần trăm": the gap from a plan compared with
// ("thấp/cao hơn mục tiêu …") is how far a result fell short of the plan or passed it — a result, as "thấp hơn kế
// hoạch 0,8 điểm phần trăm" already was, not a target. A rise the plan itself sets stays a target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-08' };

describe('the gap from a named plan', () => {
  it('is a result', () => {
    const short = figureAt('Tỷ lệ che phủ rừng năm 2025 đạt 57,2%, thấp hơn mục tiêu 0,8 điểm phần trăm.', '0,8 điểm', opts);
    expect([short.kind, short.base, short.modality]).toEqual(['change', 'target', 'actual']);
    const over = figureAt('Năm 2025, tốc độ tăng trưởng GRDP đạt 8,4%, cao hơn so với mục tiêu đề ra 0,4 điểm phần trăm.', '0,4 điểm', opts);
    expect([over.direction, over.base, over.modality]).toEqual(['up', 'target', 'actual']);
  });

  it('leaves a target the plan sets', () => {
    expect(figureAt('Năm 2026, tỉnh đặt mục tiêu tăng tỷ lệ che phủ rừng thêm 0,8 điểm phần trăm.', '0,8 điểm', opts).modality).toBe('target');
  });
});
