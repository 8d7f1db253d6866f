// A percentage right after the name of a target is that target's value, whatever plan follows it: "ước đạt 7,4%, không
// đạt mục tiêu 8% Nghị quyết đề ra" gives the resolution's aim, not 8% of it reached; "đạt 99,8% kế hoạch" stays a share.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-10' };

describe('a target\'s value named before its plan', () => {
  it('"không đạt mục tiêu 8% Nghị quyết đề ra" is the target, a level', () => {
    const text = 'Tốc độ tăng trưởng GRDP năm 2025 ước đạt 7,4%, không đạt mục tiêu 8% Nghị quyết đề ra.';
    const f = figureAt(text, '8%', opts);
    expect([f.kind, f.base, f.modality]).toEqual(['level', undefined, 'target']);
    expect(figureAt(text, '7,4%', opts).kind).toBe('level');
  });

  it('a share of the plan stays an attainment', () => {
    const f = figureAt('Năm 2025, tổng thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng, đạt 99,8% kế hoạch tỉnh giao.', '99,8%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });
});
