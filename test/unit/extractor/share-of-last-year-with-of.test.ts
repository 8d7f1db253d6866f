// "bằng 115% của năm ngoái": the year before named after "của", as "bằng 96,3% năm trước" names it, is the base of the
// share, not the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-10' };

describe('a share "của năm ngoái"', () => {
  it('is measured against the year before', () => {
    const f = figureAt('Năm 2024, thu ngân sách đạt 1.200 tỷ đồng, bằng 115% của năm ngoái.', '115%', opts);
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('2023');
  });

  it('"của năm" with a figure of its own after it is no base', () => {
    const f = figureAt('Năm 2024, thu ngân sách đạt 1.200 tỷ đồng, bằng 96% kế hoạch; của năm trước là 1.043 tỷ đồng.', '96%', opts);
    expect(f.base).toBe('target');
  });
});
