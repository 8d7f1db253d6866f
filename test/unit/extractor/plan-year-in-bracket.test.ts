// "Đến ngày 31/5/2025, … 31 xã đạt chuẩn kiểu mẫu (Nghị quyết đề ra đến năm 2025 có 20 xã)": the year in the bracket is
// the plan's horizon, not a bare year for the cut-off day before the bracket to make precise. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-12' };

describe('a plan\'s year in a bracket after a cut-off day', () => {
  it('dates the plan\'s figure with that year', () => {
    const text = 'Đến ngày 31/5/2025, toàn tỉnh có 31 xã đạt chuẩn nông thôn mới kiểu mẫu (Nghị quyết đề ra đến năm 2025 có 20 xã).';
    const f = figureAt(text, '20 xã', opts);
    expect([f.period, f.modality]).toEqual(['2025', 'target']);
  });

  it('a bare year outside any bracket is still made precise by the cut-off', () => {
    const text = 'Đến ngày 31/5/2025, kế hoạch vốn đầu tư công năm 2025 đã giải ngân 1.820 tỷ đồng.';
    expect(figureAt(text, '1.820 tỷ đồng', opts).period).toBe('2025-5M');
  });
});
